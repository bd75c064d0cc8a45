package fileread

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Encodings are the names --encoding takes: UTF-8, the default, and what
// spreadsheets export (French Excel's "CSV (séparateur : point-virgule)"
// is Windows-1252; its "Unicode text" is UTF-16).
var Encodings = []string{"utf-8", "windows-1252", "iso-8859-1", "utf-16"}

// Charset says how a file's bytes are text.
type Charset struct {
	// Name is one of Encodings; "" is utf-8. A UTF-8 file may start with
	// a byte-order mark, which is dropped; a UTF-16 one is recognised by
	// its byte-order mark whatever Name says.
	Name string
	// Flag is set when the command takes --encoding for this file: the
	// error then offers it.
	Flag bool
}

// EncodingError is a file that is not text in its encoding: where the
// first byte that is not is, and what to do.
type EncodingError struct {
	File      string
	Line, Col int   // of the byte, from 1; Col counts bytes
	Offset    int64 // of the byte in the file, from 0
	Byte      byte
	Flag      bool // --encoding applies
	// UTF16: the file was read as UTF-16 and is broken there (an odd
	// byte at its end, a surrogate without its pair); Line and Col are
	// then of the decoded text, Offset of the bytes decoded before.
	UTF16 bool
}

func (e *EncodingError) Error() string {
	if e.UTF16 {
		return fmt.Sprintf("%s:%d:%d: not UTF-16 text: a byte missing or a surrogate without its pair after line %d; save the file again as UTF-8 or UTF-16", e.File, e.Line, e.Col, e.Line)
	}
	if e.Byte == 0 {
		// UTF-16 read as UTF-8: every other byte of Latin text is NUL, and
		// the text between them would be read as no words at all.
		fix := "save the file as UTF-8"
		if e.Flag {
			fix = "pass --encoding utf-16, or save the file as UTF-8"
		}
		return fmt.Sprintf("%s:%d:%d: not UTF-8 text: NUL byte at offset %d, line %d, as in UTF-16 text without its byte-order mark; %s", e.File, e.Line, e.Col, e.Offset, e.Line, fix)
	}
	fix := "save the file as UTF-8"
	if e.Flag {
		fix = `pass --encoding windows-1252 (Excel's CSV), iso-8859-1 or utf-16, or save the file as UTF-8 (Excel: "CSV UTF-8")`
	}
	return fmt.Sprintf("%s:%d:%d: not UTF-8 text: byte 0x%02X at offset %d, line %d; %s", e.File, e.Line, e.Col, e.Byte, e.Offset, e.Line, fix)
}

// Text returns data as UTF-8 text, decoded from cs, without a byte-order
// mark; file names it in errors.
func Text(file string, data []byte, cs Charset) ([]byte, error) {
	if cs.Name == "" && !bytes.HasPrefix(data, bomUTF16LE) && !bytes.HasPrefix(data, bomUTF16BE) {
		// The common case, without copying.
		data = bytes.TrimPrefix(data, bomUTF8)
		if utf8.Valid(data) && bytes.IndexByte(data, 0) < 0 {
			return data, nil
		}
	}
	return io.ReadAll(TextReader(bytes.NewReader(data), file, cs))
}

// replacement is U+FFFD in UTF-8.
var replacement = []byte("\uFFFD")

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// TextReader reads r as UTF-8 text decoded from cs, without a byte-order
// mark: every file jobdesc reads goes through it, so a file in another
// encoding is refused where it is read, naming the file, line and offset,
// never published as mojibake. It reads r as it goes, for streams.
func TextReader(r io.Reader, file string, cs Charset) io.Reader {
	br := bufio.NewReader(r)
	head, _ := br.Peek(3)
	var dec *encoding.Decoder
	utf16 := false
	switch {
	case bytes.HasPrefix(head, bomUTF16LE) || bytes.HasPrefix(head, bomUTF16BE) || cs.Name == "utf-16":
		// The mark says which byte order; without one, little-endian
		// as Windows writes it.
		dec = unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder()
		utf16 = true
	case cs.Name == "windows-1252":
		dec = charmap.Windows1252.NewDecoder()
	case cs.Name == "iso-8859-1":
		dec = charmap.ISO8859_1.NewDecoder()
	}
	var text io.Reader = br
	if dec != nil {
		text = transform.NewReader(br, dec)
	}
	// The decoders write UTF-8, and a UTF-8 byte-order mark is dropped
	// after them, so it goes whichever encoding carried it.
	return &validator{r: text, file: file, flag: cs.Flag, line: 1, col: 1, bom: true, utf16: utf16}
}

// validator passes UTF-8 text through and stops at the first byte that is
// not, or at a NUL, counting lines and offsets to say where.
type validator struct {
	r         io.Reader
	file      string
	flag      bool
	off       int64
	line, col int
	bom       bool // a byte-order mark may still come
	// utf16: the text is decoded from UTF-16, whose decoder writes
	// U+FFFD for what it cannot read: that is an error, not text
	utf16   bool
	pending []byte // the start of a character cut by the last read
	err     error
}

func (v *validator) Read(p []byte) (int, error) {
	if v.err != nil {
		return 0, v.err
	}
	if len(p) < utf8.UTFMax {
		return 0, errors.New("fileread: read buffer too small")
	}
	n := copy(p, v.pending)
	v.pending = v.pending[:0]
	m, err := v.r.Read(p[n:])
	n += m
	if v.bom && (n >= len(bomUTF8) || err != nil) {
		v.bom = false
		if bytes.HasPrefix(p[:n], bomUTF8) {
			n = copy(p, p[len(bomUTF8):n])
			v.off += int64(len(bomUTF8))
		}
	} else if v.bom && err == nil {
		v.pending = append(v.pending, p[:n]...)
		return 0, nil
	}
	// A character cut by the end of this read waits for the next one.
	end := n
	if err == nil {
		end = cut(p[:n])
		v.pending = append(v.pending, p[end:n]...)
	}
	// the common case, at memory speed; no text holds a NUL
	if bytes.IndexByte(p[:end], 0) < 0 && utf8.Valid(p[:end]) && !(v.utf16 && bytes.Contains(p[:end], replacement)) {
		v.count(p[:end])
		return end, err
	}
	i := 0
	for i < end {
		r, size := utf8.DecodeRune(p[i:end])
		if r == utf8.RuneError && size == 1 || r == 0 || r == utf8.RuneError && v.utf16 {
			v.count(p[:i])
			v.err = &EncodingError{File: v.file, Line: v.line, Col: v.col, Offset: v.off, Byte: p[i], Flag: v.flag, UTF16: size > 1}
			return i, v.err
		}
		i += size
	}
	v.count(p[:end])
	return end, err
}

// cut returns where the last character of p that is whole ends: p's
// length, or the start of a character the read cut.
func cut(p []byte) int {
	for i := len(p) - 1; i >= 0 && i >= len(p)-utf8.UTFMax; i-- {
		if utf8.RuneStart(p[i]) {
			if utf8.FullRune(p[i:]) {
				return len(p)
			}
			return i
		}
	}
	return len(p)
}

// count moves the position past text, valid UTF-8; columns count bytes.
func (v *validator) count(text []byte) {
	v.off += int64(len(text))
	if nl := bytes.Count(text, []byte{'\n'}); nl > 0 {
		v.line += nl
		v.col = len(text) - bytes.LastIndexByte(text, '\n')
		return
	}
	v.col += len(text)
}
