package lint

import (
	"fmt"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// pattern is a phrase pattern compiled to a program of regexp/syntax and
// run by matchAt below, not by package regexp: a single render compiles
// the patterns near the keys its posting holds, and regexp.Compile of
// those cost it more than everything else render does (parsing each \p{L}
// again, the one-pass analysis of anchored patterns). Matching is the
// same: leftmost-first, the same program, the same empty-width rules.
type pattern struct {
	insts []inst
	// classes are the rune classes of its InstRune instructions that
	// hold ranges, sorted pairs lo, hi: the letters' is one shared slice
	classes [][]rune
	start   uint32
	first   *byteSet // the bytes a match can start with; nil: any
}

// inst is an instruction of a syntax.Prog in 16 bytes, where syntax.Inst
// takes 40: a render decodes the programs of the phrases near its
// posting's keys, thousands of instructions, and their size was most of
// what it allocated.
type inst struct {
	op   syntax.InstOp
	fold bool // a one-rune InstRune also matches the rune's case folds
	out  uint32
	// arg is InstAlt's other branch, InstEmptyWidth's condition, or the
	// rune of InstRune1 and of a one-rune InstRune
	arg uint32
	cls uint32 // an InstRune of ranges: its class in pattern.classes
}

// ofProg is prog in the instructions patterns run.
func ofProg(prog *syntax.Prog) *pattern {
	p := &pattern{insts: make([]inst, len(prog.Inst)), start: uint32(prog.Start)}
	for i := range prog.Inst {
		in, out := &prog.Inst[i], &p.insts[i]
		out.op, out.out, out.arg = in.Op, in.Out, in.Arg
		switch {
		case in.Op == syntax.InstRune1, in.Op == syntax.InstRune && len(in.Rune) == 1:
			out.arg = uint32(in.Rune[0])
			out.fold = in.Op == syntax.InstRune && syntax.Flags(in.Arg)&syntax.FoldCase != 0
			out.op = syntax.InstRune1
		case in.Op == syntax.InstRune:
			out.cls = uint32(len(p.classes))
			p.classes = append(p.classes, in.Rune)
		}
	}
	return p
}

// matchRune says whether rune r is one instruction in, an InstRune1 or
// an InstRune, matches: what syntax.Inst.MatchRune says.
func (p *pattern) matchRune(in *inst, r rune) bool {
	if in.op == syntax.InstRune1 {
		r0 := rune(in.arg)
		if r == r0 {
			return true
		}
		if in.fold {
			for r1 := unicode.SimpleFold(r0); r1 != r0; r1 = unicode.SimpleFold(r1) {
				if r == r1 {
					return true
				}
			}
		}
		return false
	}
	ranges := p.classes[in.cls]
	if len(ranges) <= 8 {
		for j := 0; j+1 < len(ranges); j += 2 {
			if r < ranges[j] {
				return false
			}
			if r <= ranges[j+1] {
				return true
			}
		}
		return false
	}
	lo, hi := 0, len(ranges)/2
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if c := ranges[2*m]; c <= r {
			if r <= ranges[2*m+1] {
				return true
			}
			lo = m + 1
		} else {
			hi = m
		}
	}
	return false
}

// letterMark stands for \p{L} while a pattern is parsed: the parser
// builds the class of every letter, hundreds of ranges, for each \p{L} it
// meets; the placeholder is swapped for one shared class afterwards.
const letterMark = '\U0010FFFD'

// letterClass is \p{L} as the parser reads it: the runes of every
// letter, as sorted ranges with those that touch joined. Made from
// unicode.L directly, at a tenth of what parsing \p{L} costs.
var letterClass = sync.OnceValue(func() []rune {
	out := make([]rune, 0, 2*(len(unicode.L.R16)+len(unicode.L.R32)))
	add := func(lo, hi rune) {
		if n := len(out); n > 0 && lo <= out[n-1]+1 {
			out[n-1] = max(out[n-1], hi)
			return
		}
		out = append(out, lo, hi)
	}
	addRange := func(lo, hi, stride rune) {
		if stride == 1 {
			add(lo, hi)
			return
		}
		for r := lo; r <= hi; r += stride {
			add(r, r)
		}
	}
	for _, r := range unicode.L.R16 {
		addRange(rune(r.Lo), rune(r.Hi), rune(r.Stride))
	}
	for _, r := range unicode.L.R32 {
		addRange(rune(r.Lo), rune(r.Hi), rune(r.Stride))
	}
	return out
})

// compilePattern compiles an RE2 expression (as regexp.Compile would
// read it) for matchAt.
func compilePattern(src string) (*pattern, error) {
	re, err := parsePattern(src)
	if err != nil {
		return nil, err
	}
	re = re.Simplify()
	prog, err := syntax.Compile(re)
	if err != nil {
		return nil, err
	}
	p := ofProg(prog)
	if set, ok := firstBytes(re); ok {
		p.first = &set
	}
	return p, nil
}

// parsePattern parses an RE2 expression, \p{L} parsed once.
func parsePattern(src string) (*syntax.Regexp, error) {
	if err := checkLetters(src); err != nil {
		return nil, err
	}
	re, err := syntax.Parse(strings.ReplaceAll(src, `\p{L}`, `\x{10FFFD}`), syntax.Perl)
	if err != nil {
		return nil, err
	}
	return withLetters(re)
}

// checkLetters refuses what the placeholder cannot stand for: the
// placeholder itself, and \p{L} in a negated class ([^\p{L}] would
// become "anything but the placeholder").
func checkLetters(src string) error {
	if strings.ContainsRune(src, letterMark) {
		return fmt.Errorf("pattern holds U+10FFFD, which jobdesc reserves")
	}
	for i := 0; i < len(src); i++ {
		switch {
		case src[i] == '\\':
			i++
		case strings.HasPrefix(src[i:], "[^"):
			j := i + 2
			for j < len(src) && src[j] != ']' {
				if src[j] == '\\' {
					j++
				}
				j++
			}
			if strings.Contains(src[i:min(j, len(src))], `\p{L}`) {
				return fmt.Errorf(`\p{L} in a negated class: write the letters it excludes another way`)
			}
			i = j
		}
	}
	return nil
}

// withLetters puts the class of letters where the parser left letterMark:
// a literal's mark becomes a class of its own, a class holding the mark
// takes in every letter.
func withLetters(re *syntax.Regexp) (*syntax.Regexp, error) {
	for i, sub := range re.Sub {
		s, err := withLetters(sub)
		if err != nil {
			return nil, err
		}
		re.Sub[i] = s
	}
	switch re.Op {
	case syntax.OpLiteral:
		if !slices.Contains(re.Rune, letterMark) {
			return re, nil
		}
		if re.Flags&syntax.FoldCase != 0 {
			return nil, fmt.Errorf(`\p{L} in a case-insensitive literal`)
		}
		var parts []*syntax.Regexp
		from := 0
		for i, r := range re.Rune {
			if r != letterMark {
				continue
			}
			if i > from {
				parts = append(parts, &syntax.Regexp{Op: syntax.OpLiteral, Flags: re.Flags, Rune: slices.Clone(re.Rune[from:i])})
			}
			parts = append(parts, &syntax.Regexp{Op: syntax.OpCharClass, Flags: re.Flags, Rune: letterClass()})
			from = i + 1
		}
		if from < len(re.Rune) {
			parts = append(parts, &syntax.Regexp{Op: syntax.OpLiteral, Flags: re.Flags, Rune: slices.Clone(re.Rune[from:])})
		}
		if len(parts) == 1 {
			return parts[0], nil
		}
		return &syntax.Regexp{Op: syntax.OpConcat, Flags: re.Flags, Sub: parts}, nil
	case syntax.OpCharClass:
		var rest []rune
		found := false
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			switch {
			case lo == letterMark && hi == letterMark:
				found = true
			case lo <= letterMark && letterMark <= hi:
				// A class that holds every letter and more (\S, [^\s]) is
				// the same with or without \p{L} in it.
				if !slices.Equal(unionRanges(re.Rune, letterClass()), re.Rune) {
					return nil, fmt.Errorf(`\p{L} in a class that also holds U+10FFFC to U+10FFFF`)
				}
				return re, nil
			default:
				rest = append(rest, lo, hi)
			}
		}
		switch {
		case found && len(rest) == 0:
			re.Rune = letterClass()
		case found:
			re.Rune = unionRanges(rest, letterClass())
		}
	}
	return re, nil
}

// unionRanges is the union of two sorted lists of rune ranges (pairs
// lo, hi), sorted, with ranges that touch joined.
func unionRanges(a, b []rune) []rune {
	out := make([]rune, 0, len(a)+len(b))
	add := func(lo, hi rune) {
		if n := len(out); n > 0 && lo <= out[n-1]+1 {
			out[n-1] = max(out[n-1], hi)
			return
		}
		out = append(out, lo, hi)
	}
	i, j := 0, 0
	for i+1 < len(a) || j+1 < len(b) {
		if j+1 >= len(b) || i+1 < len(a) && a[i] <= b[j] {
			add(a[i], a[i+1])
			i += 2
		} else {
			add(b[j], b[j+1])
			j += 2
		}
	}
	return out
}

// matcher runs patterns; its buffers are reused from one match to the
// next, so one matcher serves one goroutine.
type matcher struct {
	// visited has a bit for each pair (instruction, offset) tried in
	// this search, and touched lists its words that hold one: the next
	// search clears those alone. A search costs what it visits, not the
	// program's size times the text's, and the set is a bit a pair: a
	// byte a pair cost a single render a few hundred kilobytes.
	visited []uint64
	touched []int32
	jobs    []job
}

type job struct {
	pc, pos int
	arg     bool
}

var matchers = sync.Pool{New: func() any { return new(matcher) }}

// matchAt returns the end of the leftmost-first match of p that starts at
// offset 0 of in, or -1: what regexp's FindStringIndex of "^(?:…)" gives.
func (p *pattern) matchAt(in string) int {
	m := matchers.Get().(*matcher)
	m.reset(len(p.insts) * (len(in) + 1))
	e := m.run(p, in, 0, false)
	matchers.Put(m)
	return e
}

// matchesEnd says whether a match of p ends at the end of in, starting
// anywhere: what regexp's MatchString of "(?:…)$" says.
func (p *pattern) matchesEnd(in string) bool {
	m := matchers.Get().(*matcher)
	defer matchers.Put(m)
	m.reset(len(p.insts) * (len(in) + 1))
	for s := 0; s <= len(in); s++ {
		if s > 0 && s < len(in) && !utf8.RuneStart(in[s]) {
			continue
		}
		if m.run(p, in, s, true) == len(in) {
			return true
		}
	}
	return false
}

func (m *matcher) reset(n int) {
	for _, w := range m.touched {
		m.visited[w] = 0
	}
	m.touched = m.touched[:0]
	words := (n + 63) / 64
	if cap(m.visited) < words {
		m.visited = make([]uint64, words)
	}
	m.visited = m.visited[:words]
}

// visit marks pair k tried, and reports whether it was already.
func (m *matcher) visit(k int) bool {
	w, bit := k>>6, uint64(1)<<(k&63)
	v := m.visited[w]
	if v&bit != 0 {
		return true
	}
	if v == 0 {
		m.touched = append(m.touched, int32(w))
	}
	m.visited[w] = v | bit
	return false
}

// run is a backtracking search of prog in in from offset start, as
// package regexp's backtracker does it: each (instruction, offset) pair is
// tried once, so a run costs at most the program's size times the input's.
// It returns the end of the first match in priority order, or -1; with
// toEnd, of the first that ends where in does. Only then may the pairs
// tried stay marked from one start to the next (matchesEnd): where a
// shorter match stopped the search, the pairs it left untried were taken
// as failed by the next start (`\S* ?(?:q|q r)` found no match ending
// "a q r").
func (m *matcher) run(p *pattern, in string, start int, toEnd bool) int {
	width := len(in) + 1
	if m.visit(int(p.start)*width + start) {
		return -1
	}
	m.jobs = append(m.jobs[:0], job{pc: int(p.start), pos: start})
	for len(m.jobs) > 0 {
		j := m.jobs[len(m.jobs)-1]
		m.jobs = m.jobs[:len(m.jobs)-1]
		pc, pos, arg := j.pc, j.pos, j.arg
		goto skip
	check:
		if m.visit(pc*width + pos) {
			continue
		}
	skip:
		inst := &p.insts[pc]
		switch inst.op {
		case syntax.InstFail:
			continue
		case syntax.InstAlt, syntax.InstAltMatch:
			// The reminder to try Arg is pushed behind Out, so Arg is
			// tried after all of Out, as a leftmost-first match wants.
			if arg {
				arg = false
				pc = int(inst.arg)
				goto check
			}
			m.jobs = append(m.jobs, job{pc: pc, pos: pos, arg: true})
			pc = int(inst.out)
			goto check
		case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			if pos >= len(in) {
				continue
			}
			r, size := rune(in[pos]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(in[pos:])
			}
			switch inst.op {
			case syntax.InstRune1:
				// the common case, a literal rune, tested here: a call a
				// rune of every program run cost a batch a tenth of its time
				if r != rune(inst.arg) && (!inst.fold || !p.matchRune(inst, r)) {
					continue
				}
			case syntax.InstRune:
				if !p.matchRune(inst, r) {
					continue
				}
			case syntax.InstRuneAnyNotNL:
				if r == '\n' {
					continue
				}
			}
			pos += size
			pc = int(inst.out)
			goto check
		case syntax.InstCapture, syntax.InstNop:
			pc = int(inst.out)
			goto check
		case syntax.InstEmptyWidth:
			before, after := rune(-1), rune(-1)
			if pos > 0 {
				before, _ = utf8.DecodeLastRuneInString(in[:pos])
			}
			if pos < len(in) {
				after, _ = utf8.DecodeRuneInString(in[pos:])
			}
			if syntax.EmptyOp(inst.arg)&^syntax.EmptyOpContext(before, after) != 0 {
				continue
			}
			pc = int(inst.out)
			goto check
		case syntax.InstMatch:
			if toEnd && pos != len(in) {
				continue
			}
			return pos
		}
	}
	return -1
}
