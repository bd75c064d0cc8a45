package fileread

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

func TestTextReader(t *testing.T) {
	const want = "role;about\nwebmaster;Fournil réunit 120 boulangeries…\n"
	w1252, err := charmap.Windows1252.NewEncoder().String(want)
	if err != nil {
		t.Fatal(err)
	}
	latin1, err := charmap.ISO8859_1.NewEncoder().String(strings.ReplaceAll(want, "…", "..."))
	if err != nil {
		t.Fatal(err)
	}
	utf16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(want)
	if err != nil {
		t.Fatal(err)
	}
	utf16be, err := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().String(want)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, in string
		cs       Charset
		want     string
	}{
		{"utf-8", want, Charset{}, want},
		{"utf-8 with a byte-order mark", "\xef\xbb\xbf" + want, Charset{}, want},
		{"utf-8 named", want, Charset{Name: "utf-8"}, want},
		{"windows-1252", w1252, Charset{Name: "windows-1252"}, want},
		{"iso-8859-1", latin1, Charset{Name: "iso-8859-1"}, strings.ReplaceAll(want, "…", "...")},
		{"utf-16 by its mark, no flag", utf16, Charset{}, want},
		{"utf-16 big-endian by its mark", utf16be, Charset{}, want},
		{"utf-16 named", utf16, Charset{Name: "utf-16"}, want},
		{"empty", "", Charset{}, ""},
		{"a mark alone", "\xef\xbb\xbf", Charset{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// One byte a read: characters and marks cut between reads.
			got, err := io.ReadAll(TextReader(iotest.OneByteReader(strings.NewReader(tt.in)), "f.csv", tt.cs))
			if err != nil || string(got) != tt.want {
				t.Errorf("TextReader = %q, %v; want %q", got, err, tt.want)
			}
			got, err = Text("f.csv", []byte(tt.in), tt.cs)
			if err != nil || string(got) != tt.want {
				t.Errorf("Text = %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}

func TestTextReaderRefuses(t *testing.T) {
	w1252, _ := charmap.Windows1252.NewEncoder().String("role;about\nwebmaster;Fournil réunit\n")
	tests := []struct {
		name, in string
		cs       Charset
		want     EncodingError
		msg      string
	}{
		{"windows-1252 read as utf-8", w1252, Charset{Flag: true},
			EncodingError{File: "f.csv", Line: 2, Col: 20, Offset: 30, Byte: 0xE9, Flag: true},
			`f.csv:2:20: not UTF-8 text: byte 0xE9 at offset 30, line 2; pass --encoding windows-1252 (Excel's CSV), iso-8859-1 or utf-16, or save the file as UTF-8 (Excel: "CSV UTF-8")`},
		{"offsets count the mark", "\xef\xbb\xbfa\xff", Charset{},
			EncodingError{File: "f.csv", Line: 1, Col: 2, Offset: 4, Byte: 0xFF},
			`f.csv:1:2: not UTF-8 text: byte 0xFF at offset 4, line 1; save the file as UTF-8`},
		{"a character cut by the end", "ok\n\xc3", Charset{},
			EncodingError{File: "f.csv", Line: 2, Col: 1, Offset: 3, Byte: 0xC3},
			""},
		// UTF-16 without its mark, read as UTF-8, is valid UTF-8 whose
		// every other byte is NUL: lint would find no words in it.
		{"utf-16 without its mark", "#\x00 \x00O\x00", Charset{Flag: true},
			EncodingError{File: "f.csv", Line: 1, Col: 2, Offset: 1, Byte: 0, Flag: true},
			`f.csv:1:2: not UTF-8 text: NUL byte at offset 1, line 1, as in UTF-16 text without its byte-order mark; pass --encoding utf-16, or save the file as UTF-8`},
		{"a NUL after an invalid byte", "a\xff\x00", Charset{},
			EncodingError{File: "f.csv", Line: 1, Col: 2, Offset: 1, Byte: 0xFF},
			""},
		// UTF-16 with its mark whose last character lost a byte: the
		// decoder writes U+FFFD, which is refused, not linted as a word
		{"utf-16 with a byte missing", "\xff\xfe#\x00 \x00J\x00o\x00b", Charset{},
			EncodingError{File: "f.csv", Line: 1, Col: 5, Offset: 4, Byte: 0xEF, UTF16: true},
			`f.csv:1:5: not UTF-16 text: a byte missing or a surrogate without its pair after line 1; save the file again as UTF-8 or UTF-16`},
		{"utf-16 with a lone surrogate", "\xff\xfea\x00\x00\xd8b\x00", Charset{},
			EncodingError{File: "f.csv", Line: 1, Col: 2, Offset: 1, Byte: 0xEF, UTF16: true},
			""},
		{"after multi-byte characters", "é\xe9", Charset{},
			EncodingError{File: "f.csv", Line: 1, Col: 3, Offset: 2, Byte: 0xE9},
			""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, r := range []io.Reader{strings.NewReader(tt.in), iotest.OneByteReader(strings.NewReader(tt.in))} {
				_, err := io.ReadAll(TextReader(r, "f.csv", tt.cs))
				var got *EncodingError
				if !errors.As(err, &got) || *got != tt.want {
					t.Fatalf("err = %#v, want %#v", err, tt.want)
				}
				if tt.msg != "" && err.Error() != tt.msg {
					t.Errorf("message\n%s\nwant\n%s", err, tt.msg)
				}
			}
			if _, err := Text("f.csv", []byte(tt.in), tt.cs); err == nil {
				t.Error("Text accepted it")
			}
		})
	}
}

func TestTextKeepsValidUTF8(t *testing.T) {
	in := []byte("plain é text")
	got, err := Text("f", in, Charset{})
	if err != nil || !bytes.Equal(got, in) || &got[0] != &in[0] {
		t.Errorf("Text copied or changed valid UTF-8: %q, %v", got, err)
	}
}

// BenchmarkTextReader is the cost of checking a batch file as it streams.
func BenchmarkTextReader(b *testing.B) {
	data := []byte(strings.Repeat("webmaster;fournil-web;fr;Fournil;Fournil réunit 120 boulangeries… en Bretagne;Brest;FR\n", 100_000))
	b.Run("checked", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			if _, err := io.Copy(io.Discard, TextReader(bytes.NewReader(data), "f.csv", Charset{})); err != nil {
				b.Fatal(err)
			}
		}
	})
}
