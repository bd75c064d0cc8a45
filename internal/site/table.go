package site

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"slices"
	"sync"

	"github.com/jobdesc/jobdesc/internal/posting"
)

// Table is what the site knows of a batch's postings, in fixed-size
// entries: the words the lists sort and group by (title, place, contract,
// family, dates) are ids of words kept once, names and references sit
// end to end in one buffer, and the rest of each posting's record and its
// description wait in a spool file until a list or a feed reads them; a
// description is spooled once for all the postings that share it (those
// of one role, language, size and seniority). A site of 100,000 postings
// keeps some ten megabytes, not a record and a description each.
type Table struct {
	names, refs []byte
	// chunks hold the entries, chunkSize each but the last: a table that
	// grows is never copied, nor more than a chunk larger than it needs.
	chunks [][]entry
	n      int32
	// byName is the entries in the order of their names, once sealed.
	byName []int32
	words  []string
	ids    map[string]uint32
	langs  map[uint32]bool

	mu    sync.Mutex // guards what List changes
	spool *os.File
	w     *bufio.Writer
	off   int64
	err   error
	buf   []byte
	// descs are the descriptions spooled, by id; shared the id of each
	// Description.Key spooled.
	descs  []span
	shared map[any]uint32
}

// span is where a description is in the spool.
type span struct {
	off int64
	n   uint32
}

// entry is laid out with its one 8-byte field first: 72 bytes, not 80.
type entry struct {
	// off is where the entry's fields start in the spool, followed by its
	// list entries (see Entries); flen and elen their lengths.
	off int64
	// name and ref are where the posting's name and reference start in
	// names and refs; the next entry's start where they end.
	name, ref uint32
	// lang is the batch's language for the posting; listLang the
	// rendered posting's.
	lang, listLang                                  uint32
	title, place, contract, family, posted, updated uint32
	// next is the next version of the same reference, around a circle in
	// the batch's order; -1 for none.
	next int32
	flen uint32
	// desc is the id of its description in Table.descs.
	desc  uint32
	elen  [Depths]uint32
	flags uint8
}

const (
	flagClosed  uint8 = 1 << iota // past its valid_through
	flagSkipped                   // not a page of the site: a duplicate name
	flagListed                    // its page is there, and its record spooled
	flagEntries                   // its list entries are spooled too
)

// NewTable makes an empty table whose spool is a temporary file in dir,
// removed by Close.
func NewTable(dir string) (*Table, error) {
	f, err := os.CreateTemp(dir, ".jobdesc-spool-*")
	if err != nil {
		return nil, fmt.Errorf("cannot create a temporary file in %s: %w", dir, errors.Unwrap(err))
	}
	os.Remove(f.Name()) // unlinked: nothing is left behind, whatever happens
	t := &Table{spool: f, w: bufio.NewWriterSize(f, 64<<10), ids: map[string]uint32{}, langs: map[uint32]bool{}, shared: map[any]uint32{}}
	t.word("") // id 0 is the empty word
	return t, nil
}

// Close removes the spool.
func (t *Table) Close() error { return t.spool.Close() }

// word is the id of s, which the table keeps once.
func (t *Table) word(s string) uint32 {
	if id, ok := t.ids[s]; ok {
		return id
	}
	id := uint32(len(t.words))
	s = string([]byte(s)) // not the batch line it may point into
	t.words = append(t.words, s)
	t.ids[s] = id
	return id
}

// Add appends a posting of the batch, in its order; a name given before
// is left out by Seal, the first posting of that name kept.
func (t *Table) Add(name, lang, reference string, closed bool) {
	e := entry{name: uint32(len(t.names)), ref: uint32(len(t.refs)), lang: t.word(lang), next: -1}
	t.names = append(t.names, name...)
	t.refs = append(t.refs, reference...)
	if closed {
		e.flags |= flagClosed
	}
	if t.n%chunkSize == 0 {
		t.chunks = append(t.chunks, make([]entry, 0, min(64, chunkSize)))
	}
	c := &t.chunks[len(t.chunks)-1]
	if len(*c) == cap(*c) {
		// A chunk doubles up to its full size, so a small site
		// keeps no more than twice its entries.
		*c = append(make([]entry, 0, min(2*cap(*c), chunkSize)), *c...)
	}
	*c = append(*c, e)
	t.n++
}

// chunkSize is how many entries a chunk of the table holds (some 300 kB).
const chunkSize = 4096

// ent is entry i.
func (t *Table) ent(i int32) *entry { return &t.chunks[i/chunkSize][i%chunkSize] }

func (t *Table) name(i int32) []byte {
	if i+1 < t.n {
		return t.names[t.ent(i).name:t.ent(i+1).name]
	}
	return t.names[t.ent(i).name:]
}

func (t *Table) ref(i int32) []byte {
	if i+1 < t.n {
		return t.refs[t.ent(i).ref:t.ent(i+1).ref]
	}
	return t.refs[t.ent(i).ref:]
}

// Seal ends the Adds: it leaves out repeated names and links the
// versions of each reference.
func (t *Table) Seal() {
	t.byName = make([]int32, t.n)
	for i := range t.byName {
		t.byName[i] = int32(i)
	}
	slices.SortStableFunc(t.byName, func(a, b int32) int { return bytes.Compare(t.name(a), t.name(b)) })
	kept := t.byName[:0]
	for k, i := range t.byName {
		if k > 0 && bytes.Equal(t.name(i), t.name(kept[len(kept)-1])) {
			t.ent(i).flags |= flagSkipped
			continue
		}
		kept = append(kept, i)
		t.langs[t.ent(i).lang] = true
	}
	t.byName = slices.Clip(kept)

	var byRef []int32
	for i := range t.n {
		if t.ent(i).flags&flagSkipped == 0 && len(t.ref(i)) > 0 {
			byRef = append(byRef, i)
		}
	}
	slices.SortStableFunc(byRef, func(a, b int32) int { return bytes.Compare(t.ref(a), t.ref(b)) })
	for k := 0; k < len(byRef); {
		end := k + 1
		for end < len(byRef) && bytes.Equal(t.ref(byRef[k]), t.ref(byRef[end])) {
			end++
		}
		if end-k > 1 {
			for m := k; m < end; m++ {
				t.ent(byRef[m]).next = byRef[k+(m+1-k)%(end-k)]
			}
		}
		k = end
	}
}

// Find is the entry of the page name, once sealed.
func (t *Table) Find(name string) (int32, bool) {
	k, ok := slices.BinarySearchFunc(t.byName, name, func(i int32, name string) int { return bytes.Compare(t.name(i), []byte(name)) })
	if !ok {
		return -1, false
	}
	return t.byName[k], true
}

// Closed says whether the posting is past its valid_through. It may be
// called while the runner's goroutines List: they set other flags of the
// same entry.
func (t *Table) Closed(i int32) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.ent(i).flags&flagClosed != 0
}

// Lang is the posting's language, as the batch gives it. It may be called
// while the runner's goroutines List, which add words.
func (t *Table) Lang(i int32) string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.words[t.ent(i).lang]
}

// Langs are the languages of the postings added.
func (t *Table) Langs() map[string]bool {
	out := map[string]bool{}
	for id := range t.langs {
		out[t.words[id]] = true
	}
	return out
}

// URL is the address of the posting's page under base.
func (t *Table) URL(i int32, base string) string {
	return base + JobsDir + "/" + string(t.name(i)) + ".html"
}

// Versions are the postings sharing i's reference, i among them, in the
// batch's order; nil when i has no other version.
func (t *Table) Versions(i int32, base string) []posting.Alternate {
	if t.ent(i).next < 0 {
		return nil
	}
	first := i
	for j := t.ent(i).next; j != i; j = t.ent(j).next {
		first = min(first, j)
	}
	var out []posting.Alternate
	for j := first; ; {
		out = append(out, posting.Alternate{Lang: t.Lang(j), URL: t.URL(j, base)})
		if j = t.ent(j).next; j == first {
			return out
		}
	}
}

// Description is a posting's description for the feeds: Text makes it,
// and Key, when not nil, is what the postings that have the same
// description share (their posting.Base), so that it is made and spooled
// once for them all.
type Description struct {
	Key  any
	Text func() string
}

// Text is a description of one posting.
func Text(s string) Description { return Description{Text: func() string { return s }} }

// List records the posting i's page as there, with what the lists say of
// it (r, whose Name and Reference the table has), its list entries as
// the index pages splice them (Site.Entries; nil when the index template
// renders its postings itself) and its description for the feeds. It may
// be called from several goroutines, once per entry.
func (t *Table) List(i int32, r *Record, entries Entries, desc Description) {
	t.mu.Lock()
	defer t.mu.Unlock()
	e := t.ent(i)
	e.listLang, e.title, e.place, e.contract, e.family = t.word(r.Lang), t.word(r.Title), t.word(r.Place), t.word(r.Contract), t.word(r.Family)
	e.posted, e.updated = t.word(r.Posted), t.word(r.Updated)
	t.buf = t.buf[:0]
	for _, s := range []string{r.Company, r.City, r.Region, r.Country, r.JobType, r.Pay} {
		t.buf = binary.AppendUvarint(t.buf, uint64(len(s)))
		t.buf = append(t.buf, s...)
	}
	e.off, e.flen = t.off, uint32(len(t.buf))
	for d, b := range entries {
		e.elen[d] = uint32(len(b))
		t.buf = append(t.buf, b...)
	}
	if entries != nil {
		e.flags |= flagEntries
	}
	t.spoolWrite(t.buf, "")
	id, ok := t.shared[desc.Key]
	if !ok || desc.Key == nil {
		text := desc.Text()
		id = uint32(len(t.descs))
		t.descs = append(t.descs, span{t.off, uint32(len(text))})
		t.spoolWrite(nil, text)
		if desc.Key != nil {
			t.shared[desc.Key] = id
		}
	}
	e.desc = id
	e.flags |= flagListed
}

// spoolWrite appends b, then s, to the spool.
func (t *Table) spoolWrite(b []byte, s string) {
	if _, err := t.w.Write(b); err != nil && t.err == nil {
		t.err = err
	}
	if _, err := t.w.WriteString(s); err != nil && t.err == nil {
		t.err = err
	}
	t.off += int64(len(b) + len(s))
}

// Fail makes Site.Write fail with err, the first so given: a posting
// that could not be recorded.
func (t *Table) Fail(err error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.err == nil {
		t.err = err
	}
}

// open is the entries listed and not closed, newest first, then by title
// and name; it flushes the spool for the reads that follow.
func (t *Table) open() ([]int32, error) {
	if t.err != nil {
		return nil, t.err
	}
	if err := t.w.Flush(); err != nil {
		return nil, err
	}
	var out []int32
	for _, i := range t.byName {
		if f := t.ent(i).flags; f&flagListed != 0 && f&flagClosed == 0 {
			out = append(out, i)
		}
	}
	slices.SortStableFunc(out, func(a, b int32) int {
		ea, eb := t.ent(a), t.ent(b)
		if c := cmp.Compare(t.words[eb.posted], t.words[ea.posted]); c != 0 {
			return c
		}
		if c := cmp.Compare(t.words[ea.title], t.words[eb.title]); c != 0 {
			return c
		}
		return bytes.Compare(t.name(a), t.name(b))
	})
	return out, nil
}

// reader reads entries back from the spool, for one goroutine: its
// buffer is reused from one read to the next, and it keeps the
// descriptions it read last, which many postings share.
type reader struct {
	t     *Table
	buf   []byte
	descs map[uint32]string
}

func (t *Table) reader() *reader { return &reader{t: t} }

// readAt reads n bytes of the spool at off into the reader's buffer.
func (rd *reader) readAt(off int64, n int) ([]byte, error) {
	if cap(rd.buf) < n {
		rd.buf = make([]byte, n)
	}
	b := rd.buf[:n]
	if _, err := rd.t.spool.ReadAt(b, off); err != nil {
		return nil, fmt.Errorf("cannot read the site's temporary file: %w", err)
	}
	return b, nil
}

// record is entry i as a Record, read back from the spool.
func (rd *reader) record(i int32) (*Record, error) {
	r, _, err := rd.read(i, 0)
	return r, err
}

// read is entry i as a Record, read back from the spool with, for depth
// d from 1 to Depths, its list entry at that depth, valid until the next
// read: one read of the spool.
func (rd *reader) read(i int32, depth int) (*Record, []byte, error) {
	t := rd.t
	e := t.ent(i)
	n := e.flen
	for _, l := range e.elen[:depth] {
		n += l
	}
	buf, err := rd.readAt(e.off, int(n))
	if err != nil {
		return nil, nil, err
	}
	var entry []byte
	if depth > 0 {
		entry = buf[n-e.elen[depth-1] : n]
	}
	var fields [6]string
	p := buf[:e.flen]
	for k := range fields {
		l, w := binary.Uvarint(p)
		if w <= 0 || uint64(len(p)-w) < l {
			return nil, nil, errors.New("the site's temporary file is damaged")
		}
		fields[k], p = string(p[w:w+int(l)]), p[w+int(l):]
	}
	r := &Record{Name: string(t.name(i)), Lang: t.words[e.listLang], Reference: string(t.ref(i)), Title: t.words[e.title],
		Company: fields[0], Place: t.words[e.place], City: fields[1], Region: fields[2], Country: fields[3], Contract: t.words[e.contract],
		JobType: fields[4], Pay: fields[5], Family: t.words[e.family], Posted: t.words[e.posted], Updated: t.words[e.updated]}
	return r, entry, nil
}

// keptDescriptions is how many descriptions a reader keeps: about as many
// as a catalogue has roles, sizes and seniorities in two languages, and a
// megabyte or two.
const keptDescriptions = 512

// description is entry i's description as form writes it (nil: as it
// is), kept for the next posting that shares it: a feed escapes each
// description once.
func (rd *reader) description(i int32, form func(string) string) (string, error) {
	id := rd.t.ent(i).desc
	if d, ok := rd.descs[id]; ok {
		return d, nil
	}
	sp := rd.t.descs[id]
	b, err := rd.readAt(sp.off, int(sp.n))
	if err != nil {
		return "", err
	}
	if rd.descs == nil || len(rd.descs) >= keptDescriptions {
		rd.descs = make(map[uint32]string)
	}
	d := string(b)
	if form != nil {
		d = form(d)
	}
	rd.descs[id] = d
	return d, nil
}

// Count is how many postings are listed (open, with their page there)
// and how many are closed.
func (t *Table) Count() (open, closed int) {
	for _, i := range t.byName {
		switch f := t.ent(i).flags; {
		case f&flagClosed != 0:
			closed++
		case f&flagListed != 0:
			open++
		}
	}
	return open, closed
}
