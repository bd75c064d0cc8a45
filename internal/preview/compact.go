package preview

import (
	"strconv"
	"strings"
)

// compact rewrites glamour's colour sequences with the same look in far
// fewer bytes. Glamour styles every character of a line's padding on its
// own ("ESC[38;5;252m ESC[m", eleven bytes a space) and reopens the
// style it has just closed between words, so three quarters of a
// posting's preview are escape codes the terminal parses for nothing,
// and a line copied from the terminal ends in spaces. compact keeps the
// style of every visible character: runs of one style are written once,
// and spaces at the end of a line go when nothing shows on a blank cell
// in their style (no background, reverse, underline or strike-through).
// s holds only text, newlines, tabs and SGR sequences, as Terminal
// leaves it.
func compact(s string) string {
	var b strings.Builder
	b.Grow(len(s) / 3)
	style := "" // the SGR sequences in force since the last reset, as written
	var line styledLine
	for len(s) > 0 {
		nl := strings.IndexByte(s, '\n')
		end := nl
		if nl < 0 {
			end = len(s)
		}
		style = line.split(s[:end], style)
		line.trimBlank()
		line.write(&b)
		if nl < 0 {
			break
		}
		b.WriteByte('\n')
		s = s[nl+1:]
	}
	return b.String()
}

// styledLine is one line as runs of text, each shown in one style. The
// text of all runs is one buffer, reused from line to line: glamour
// reopens a style between words, and joining each word to its run as a
// new string cost a preview more than glamour's own layout of the line.
type styledLine struct {
	text []byte
	runs []run
}

// run is the text shown in one style: the line's text up to end, from
// the end of the run before.
type run struct {
	style string
	end   int
}

// split makes the line's runs, starting from the style the line before
// left; it returns the style in force at the end of the line.
func (l *styledLine) split(line, style string) string {
	l.text, l.runs = l.text[:0], l.runs[:0]
	for len(line) > 0 {
		if line[0] == 0x1b {
			n := strings.IndexByte(line, 'm') + 1 // Terminal kept only whole SGR sequences
			seq := line[:n]
			if reset(seq) {
				style = ""
			} else {
				style += seq
			}
			line = line[n:]
			continue
		}
		n := strings.IndexByte(line, 0x1b)
		if n < 0 {
			n = len(line)
		}
		l.text = append(l.text, line[:n]...)
		if k := len(l.runs) - 1; k >= 0 && l.runs[k].style == style {
			l.runs[k].end = len(l.text)
		} else {
			l.runs = append(l.runs, run{style, len(l.text)})
		}
		line = line[n:]
	}
	return style
}

// trimBlank drops the spaces that end the line where a blank cell in
// their style looks like no cell at all.
func (l *styledLine) trimBlank() {
	for len(l.runs) > 0 {
		last := &l.runs[len(l.runs)-1]
		if !invisibleBlank(last.style) {
			break
		}
		start := 0
		if len(l.runs) > 1 {
			start = l.runs[len(l.runs)-2].end
		}
		for last.end > start && l.text[last.end-1] == ' ' {
			last.end--
		}
		l.text = l.text[:last.end]
		if last.end > start {
			break
		}
		l.runs = l.runs[:len(l.runs)-1]
	}
}

// write writes each run's style once, and closes the line's last style,
// so every line stands alone in a pager that shows it from the middle.
func (l *styledLine) write(b *strings.Builder) {
	cur, start := "", 0
	for _, r := range l.runs {
		if r.style != cur {
			if cur != "" {
				b.WriteString("\x1b[m")
			}
			b.WriteString(r.style)
			cur = r.style
		}
		b.Write(l.text[start:r.end])
		start = r.end
	}
	if cur != "" {
		b.WriteString("\x1b[m")
	}
}

// reset reports whether seq is an SGR sequence that only resets.
func reset(seq string) bool {
	p := seq[2 : len(seq)-1]
	return p == "" || strings.Trim(p, "0;") == ""
}

// invisibleBlank reports whether a space in style (SGR sequences one after
// the other) shows nothing: it sets no background colour, reverse video,
// underline, overline or strike-through. Colour arguments (38;5;n,
// 38;2;r;g;b) are skipped, so a 4 among them is not read as underline.
func invisibleBlank(style string) bool {
	for _, seq := range strings.SplitAfter(style, "m") {
		if len(seq) < 3 {
			continue
		}
		params := strings.FieldsFunc(seq[2:len(seq)-1], func(r rune) bool { return r == ';' })
		for i := 0; i < len(params); i++ {
			p := params[i]
			if j := strings.IndexByte(p, ':'); j >= 0 {
				p = p[:j] // 4:3 curly underline, 38:2:r:g:b: the sub-parameters ride along
			}
			n, err := strconv.Atoi(p)
			if err != nil {
				return false
			}
			switch {
			case n == 38 && p == params[i]:
				i += colourArgs(params[i+1:])
			case n == 4, n == 7, n == 9, n == 21, n == 48, n == 53, n >= 40 && n <= 47, n >= 100 && n <= 107:
				return false
			}
		}
	}
	return true
}

// colourArgs counts the arguments after an extended colour's 38 or 48
// written with semicolons: 5;n or 2;r;g;b.
func colourArgs(p []string) int {
	if len(p) == 0 {
		return 0
	}
	switch p[0] {
	case "5":
		return min(2, len(p))
	case "2":
		return min(4, len(p))
	}
	return 0
}
