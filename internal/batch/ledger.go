package batch

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/sys/unix"

	"github.com/jobdesc/jobdesc/internal/atomicfile"
	"github.com/jobdesc/jobdesc/internal/fileread"
	"github.com/jobdesc/jobdesc/internal/usertext"
)

// ManifestName is the file, in the output folder, that lists what jobdesc
// wrote there: by name, the hash of the inputs and of the bytes written.
// It holds no times, so the same inputs give the same manifest, and a copy
// of the folder (a fresh clone, new modification times) is still known.
const ManifestName = ".jobdesc-manifest.json"

// JournalName is the append-only record of files a run is writing; it is
// folded into the manifest at the end of the run, or at the start of the
// next one when the run was killed, so a completed file is never unlisted.
const JournalName = ".jobdesc-journal"

// LockName is the lock file that keeps two runs out of one folder; it
// holds the running process's id and is removed at the end of the run.
const LockName = ".jobdesc.lock"

// maxManifest bounds the manifest read: MaxPostings entries of about 150
// bytes, with room to spare.
const maxManifest = 512 << 20

// entry is what the manifest records of one file.
type entry struct {
	Input [16]byte // hash of everything the file was made from
	Sum   [32]byte // SHA-256 of the bytes written
	Size  int64
	// Posted is the date the posting was first published (its
	// datePosted), reused while the file is produced; Changed is the
	// date its bytes last changed. Zero when not known.
	Posted, Changed day
}

// day is a date of the manifest packed as the number YYYYMMDD, 0 for
// none: a run of 100,000 postings keeps an entry per file in memory, and
// two strings an entry were a fifth of it.
type day uint32

// parseDay reads YYYY-MM-DD; ok is false for anything else.
func parseDay(s string) (d day, ok bool) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil || len(s) != len(time.DateOnly) {
		return 0, false
	}
	return day(t.Year()*10000 + int(t.Month())*100 + t.Day()), true
}

// String writes the day as YYYY-MM-DD, "" for none.
func (d day) String() string {
	if d == 0 {
		return ""
	}
	b := []byte("0000-00-00")
	put := func(at int, n uint32, width int) {
		for i := at + width - 1; i >= at; i-- {
			b[i] = byte('0' + n%10)
			n /= 10
		}
	}
	put(0, uint32(d)/10000, 4)
	put(5, uint32(d)/100%100, 2)
	put(8, uint32(d)%100, 2)
	return string(b)
}

// rec is the ledger's state of one name.
type rec struct {
	entry
	owned   bool  // jobdesc wrote the file: it may be replaced
	claimed int32 // position (1-based) of the posting of this run that names it
}

// fileSet is the ledger's records by name. A run of 100,000 postings
// keeps one per file: as the values of a map they were four fifths of the
// run's live heap, the map's empty slots each the size of a record and its
// growth copying them. The map holds only the index of each record, and
// the records sit in chunks that are never copied and hold no pointers,
// so the collector does not scan them. The chunks are mapped outside the
// collected heap (records.go): they live until the run ends, and as heap
// they set the collector's goal twice their size above the run's working
// memory, the peak of a 100,000-posting run.
type fileSet struct {
	index  map[string]int32
	chunks [][]rec
	mapped [][]byte // the chunks' memory, returned by free
	n      int32
}

// recChunk is how many records a chunk holds: 72 KiB of them.
const recChunk = 1024

func newFileSet(size int) fileSet { return fileSet{index: make(map[string]int32, size)} }

// find returns the record of name, nil when there is none.
func (s *fileSet) find(name string) *rec {
	i, ok := s.index[name]
	if !ok {
		return nil
	}
	return &s.chunks[i/recChunk][i%recChunk]
}

// add returns the record of name, a new zero one when there was none.
func (s *fileSet) add(name string) *rec {
	if r := s.find(name); r != nil {
		return r
	}
	if int(s.n) == len(s.chunks)*recChunk {
		c, m := newRecChunk()
		s.chunks = append(s.chunks, c)
		if m != nil {
			s.mapped = append(s.mapped, m)
		}
	}
	i := s.n
	s.n++
	s.index[name] = i
	return &s.chunks[i/recChunk][i%recChunk]
}

// remove forgets name; its record's room is not reused (only prune and a
// journal's removal lines remove, a few names a run).
func (s *fileSet) remove(name string) {
	if r := s.find(name); r != nil {
		*r = rec{}
		delete(s.index, name)
	}
}

// free returns the chunks' memory; the set is empty after it.
func (s *fileSet) free() {
	for _, m := range s.mapped {
		unmapChunk(m)
	}
	*s = fileSet{}
}

// all yields every name with its record, in no order.
func (s *fileSet) all() iter.Seq2[string, *rec] {
	return func(yield func(string, *rec) bool) {
		for name, i := range s.index {
			if !yield(name, &s.chunks[i/recChunk][i%recChunk]) {
				return
			}
		}
	}
}

// ledger is the output folder's manifest while a run writes into it: the
// lock, the manifest in memory, and the journal on disk.
type ledger struct {
	dir string
	// state is the folder of the manifest, the journal and the lock.
	stateDir string
	// root is dir, opened once: every file the manifest names is read,
	// replaced and removed through it, so no name, link or later rename
	// reaches outside the folder.
	root *os.Root
	// folder is root kept open for creating new files relative to it.
	folder *atomicfile.Folder
	lock   *os.File
	mu     sync.Mutex // files and dirty
	files  fileSet
	dirty  bool
	// journalMu orders the journal's lines; apart from mu, so that a
	// worker waiting on the journal's write does not hold up the others'
	// bookkeeping, nor the reader claiming names.
	journalMu sync.Mutex
	journal   *os.File
}

// openLedger locks dir and loads its manifest, folding in the journal of a
// run that did not finish; the three live in state, or in dir when state
// is "".
func openLedger(dir, state string) (*ledger, error) {
	if state == "" {
		state = dir
	} else if err := os.MkdirAll(state, 0o755); err != nil {
		return nil, fmt.Errorf("cannot create %s: %w", state, unwrapPath(err))
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, fmt.Errorf("cannot open %s: %w", dir, unwrapPath(err))
	}
	l := &ledger{dir: dir, stateDir: state, root: root, files: newFileSet(0)}
	if l.folder, err = atomicfile.OpenFolder(root); err != nil {
		l.release()
		return nil, err
	}
	if err := l.acquire(); err != nil {
		l.release()
		return nil, err
	}
	if err := l.load(); err != nil {
		l.release()
		return nil, err
	}
	return l, nil
}

// acquire takes an exclusive flock on the lock file, failing at once when
// another run holds it. The lock file is removed by its holder at the end,
// so a lock taken on a file already unlinked is retried on the new one.
func (l *ledger) acquire() error {
	path := filepath.Join(l.stateDir, LockName)
	for {
		f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|unix.O_NOFOLLOW|unix.O_NONBLOCK, 0o644)
		if err != nil {
			return fmt.Errorf("cannot lock %s: %w", l.dir, unwrapPath(err))
		}
		if err := unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB); err != nil {
			pid, _ := io.ReadAll(io.LimitReader(f, 16))
			f.Close()
			if errors.Is(err, unix.EWOULDBLOCK) {
				return &BusyError{Dir: l.dir, PID: strings.TrimSpace(string(pid))}
			}
			return fmt.Errorf("cannot lock %s: %w", l.dir, err)
		}
		held, err1 := f.Stat()
		named, err2 := os.Lstat(path)
		if err1 == nil && err2 == nil && os.SameFile(held, named) {
			f.Truncate(0)
			f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
			l.lock = f
			return nil
		}
		f.Close()
	}
}

// release removes the lock file, then lets go of the lock and the folder.
func (l *ledger) release() {
	l.files.free()
	if l.lock != nil {
		os.Remove(filepath.Join(l.stateDir, LockName))
		l.lock.Close()
		l.lock = nil
	}
	if l.folder != nil {
		l.folder.Close()
		l.folder = nil
	}
	if l.root != nil {
		l.root.Close()
		l.root = nil
	}
}

// BusyError says another run holds the output folder.
type BusyError struct{ Dir, PID string }

func (e *BusyError) Error() string {
	who := "another jobdesc run"
	if e.PID != "" {
		who += " (pid " + e.PID + ")"
	}
	return fmt.Sprintf("%s/ is in use by %s; wait for it to finish, or write to another folder", strings.TrimSuffix(e.Dir, "/"), who)
}

// jsonEntry is an entry as the manifest file spells it; version 1
// manifests had a modification time and no content hash.
type jsonEntry struct {
	File    string `json:"file,omitempty"` // journal lines only
	Removed bool   `json:"removed,omitempty"`
	Input   string `json:"input"`
	SHA256  string `json:"sha256"`
	Size    int64  `json:"size"`
	MTime   int64  `json:"mtime,omitempty"`
	Posted  string `json:"posted,omitempty"`
	Changed string `json:"changed,omitempty"`
}

// entry checks and converts what the file says. The content hash is what
// makes a file replaceable and removable, so it must be one; a version 1
// entry has none, and then never matches the bytes on disk.
func (j *jsonEntry) entry() (entry, error) {
	var e entry
	hex.Decode(e.Input[:], []byte(j.Input))
	if j.SHA256 != "" {
		if n, err := hex.Decode(e.Sum[:], []byte(j.SHA256)); err != nil || n != len(e.Sum) || len(j.SHA256) != 2*len(e.Sum) {
			return e, errors.New("bad sha256")
		}
	}
	if j.Size < 0 {
		return e, errors.New("bad size")
	}
	e.Size = j.Size
	for _, d := range []struct {
		text string
		into *day
	}{{j.Posted, &e.Posted}, {j.Changed, &e.Changed}} {
		if d.text == "" {
			continue
		}
		var ok bool
		if *d.into, ok = parseDay(d.text); !ok {
			return e, errors.New("bad date")
		}
	}
	return e, nil
}

// maxEntryName bounds an entry's name, as the system bounds a path.
const maxEntryName = 4096

// checkEntry says why name cannot be an entry of the manifest, or "" when
// it can: an entry is a file inside the folder, named by a clean relative
// path (subfolders allowed), never one of jobdesc's own files. Whether a
// folder on the way is a link is checked on disk (checkParents).
func checkEntry(name string) string {
	switch {
	case name == "":
		return "is empty"
	case name == ".":
		return "names the folder itself; an entry names a file inside it"
	case len(name) > maxEntryName:
		return fmt.Sprintf("is over %d bytes", maxEntryName)
	case strings.IndexByte(name, 0) >= 0:
		return "holds a NUL byte"
	case filepath.IsAbs(name):
		return "is an absolute path; an entry names a file inside the folder"
	case !filepath.IsLocal(name):
		return "leaves the folder; an entry names a file inside it"
	case filepath.Clean(name) != name:
		return "is not a clean path (no ., .., // or trailing /)"
	case name == ManifestName || name == JournalName || name == LockName:
		return "names one of jobdesc's own files"
	}
	return ""
}

// checkParents says why name cannot be reached inside the folder without
// following a link, or "" when it can; seen caches the folders already
// found to be real ones. A folder that does not exist is no way out.
func (l *ledger) checkParents(name string, seen map[string]bool) (string, error) {
	for i := 0; i < len(name); i++ {
		if name[i] != '/' {
			continue
		}
		dir := name[:i]
		if seen[dir] {
			continue
		}
		info, err := l.root.Lstat(dir)
		switch {
		case errors.Is(err, os.ErrNotExist) || errors.Is(err, unix.ENOTDIR):
			return "", nil
		case err != nil:
			return "", fmt.Errorf("cannot check %s: %w", filepath.Join(l.dir, dir), unwrapPath(err))
		case info.Mode()&os.ModeSymlink != 0:
			return "goes through " + usertext.Quote(dir) + ", a symbolic link; an entry names a file inside the folder", nil
		}
		seen[dir] = true
	}
	return "", nil
}

// badEntry is a name a manifest or journal may not hold.
type badEntry struct{ name, why string }

func (e *badEntry) Error() string { return "entry " + usertext.Quote(e.name) + " " + e.why }

// DamagedError is a manifest or journal jobdesc cannot trust: it
// replaces none of the files it lists until someone fixes or removes it.
type DamagedError struct {
	Path string
	// Entry is the entry that is not a file inside the folder; nil when
	// the file cannot be read at all.
	Entry error
}

func (e *DamagedError) Error() string {
	if e.Entry == nil {
		return e.Path + " is damaged; remove it"
	}
	return fmt.Sprintf("%s: %v; fix the entry or delete the file", e.Path, e.Entry)
}

func (l *ledger) damaged(name string) error {
	return &DamagedError{Path: filepath.Join(l.stateDir, name)}
}

// load reads the manifest, entry by entry, then replays the journal.
func (l *ledger) load() error {
	path := filepath.Join(l.stateDir, ManifestName)
	f, err := fileread.Open(path, maxManifest, false)
	switch {
	case errors.Is(err, os.ErrNotExist):
	case err != nil:
		return err
	default:
		// About 140 bytes an entry: sized once, the map never grows by
		// copying itself.
		if info, err := f.Stat(); err == nil {
			l.files.free()
			l.files = newFileSet(int(info.Size() / 140))
		}
		err := l.parse(bufio.NewReaderSize(io.LimitReader(f, maxManifest), 64<<10))
		f.Close()
		var be *badEntry
		switch {
		case errors.As(err, &be):
			return l.invalid(ManifestName, be)
		case err != nil:
			return l.damaged(ManifestName)
		}
	}
	return l.replay()
}

// invalid says that the manifest or journal name holds an entry that
// is not a file inside the folder: someone changed it, and nothing it
// lists is touched.
func (l *ledger) invalid(name string, be *badEntry) error {
	return &DamagedError{Path: filepath.Join(l.stateDir, name), Entry: be}
}

// checkFolders refuses entries in a subfolder reached through a link, in
// name order so the error is the same from run to run.
func (l *ledger) checkFolders() error {
	var nested []string
	for name := range l.files.all() {
		if strings.IndexByte(name, '/') >= 0 {
			nested = append(nested, name)
		}
	}
	slices.Sort(nested)
	seen := map[string]bool{}
	for _, name := range nested {
		why, err := l.checkParents(name, seen)
		if err != nil {
			return err
		}
		if why != "" {
			return &badEntry{name: name, why: why}
		}
	}
	return nil
}

// parse reads a manifest's entries and checks them against the folder.
func (l *ledger) parse(r io.Reader) error {
	if err := l.decode(r); err != nil {
		return err
	}
	return l.checkFolders()
}

func (l *ledger) decode(r io.Reader) error {
	dec := json.NewDecoder(r)
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return errors.New("not an object")
	}
	seenFiles := false
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return err
		}
		switch t {
		case "version":
			var v int
			if err := dec.Decode(&v); err != nil || v < 1 || v > 2 {
				return errors.New("unknown version")
			}
		case "files":
			seenFiles = true
			if t, err := dec.Token(); err != nil || t != json.Delim('{') {
				return errors.New("files is not an object")
			}
			for dec.More() {
				t, err := dec.Token()
				name, ok := t.(string)
				if err != nil || !ok {
					return errors.New("bad name")
				}
				if why := checkEntry(name); why != "" {
					return &badEntry{name: name, why: why}
				}
				var je jsonEntry
				if err := dec.Decode(&je); err != nil {
					return err
				}
				e, err := je.entry()
				if err != nil {
					return err
				}
				*l.files.add(name) = rec{entry: e, owned: true}
			}
			if _, err := dec.Token(); err != nil {
				return err
			}
		default:
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return err
			}
		}
	}
	if !seenFiles {
		return errors.New("no files")
	}
	return nil
}

// replay folds the journal of a run that did not finish into the
// manifest. A journal line is written before its file, so a file counts
// as written only if it is there with the bytes the line records.
func (l *ledger) replay() error {
	path := filepath.Join(l.stateDir, JournalName)
	f, err := fileread.Open(path, maxManifest, false)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(io.LimitReader(f, maxManifest))
	sc.Buffer(nil, 1<<20)
	var buf []byte
	seen := map[string]bool{}
	for sc.Scan() {
		var je jsonEntry
		if json.Unmarshal(sc.Bytes(), &je) != nil || je.File == "" {
			continue // the last line of a killed run may be cut short
		}
		why := checkEntry(je.File)
		if why == "" {
			var err error
			if why, err = l.checkParents(je.File, seen); err != nil {
				return err
			}
		}
		if why != "" {
			return l.invalid(JournalName, &badEntry{name: je.File, why: why})
		}
		info, err := l.root.Lstat(je.File)
		if je.Removed {
			if errors.Is(err, os.ErrNotExist) {
				l.files.remove(je.File)
			}
			continue
		}
		e, eerr := je.entry()
		if eerr != nil || err != nil || !info.Mode().IsRegular() || info.Size() != e.Size {
			continue
		}
		var sum [32]byte
		if sum, buf, err = l.hash(je.File, buf); err == nil && sum == e.Sum {
			*l.files.add(je.File) = rec{entry: e, owned: true}
		}
	}
	if err := sc.Err(); err != nil {
		return l.damaged(JournalName)
	}
	l.dirty = true
	return nil
}

// claim marks name as produced by posting seq of this run and returns what
// the manifest knew of it; first is the earlier posting that claimed it.
func (l *ledger) claim(name string, seq int) (prev entry, owned bool, first int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	r := l.files.add(name)
	if r.claimed != 0 {
		return r.entry, r.owned, int(r.claimed)
	}
	r.claimed = int32(seq)
	return r.entry, r.owned, 0
}

// intend records, before the file is written, that name is about to hold e.
func (l *ledger) intend(name string, e entry) error {
	// The line is written out by hand, before the lock: every worker
	// records each file here, and encoding/json under the lock made them
	// wait on each other.
	return l.record(appendIntent(make([]byte, 0, 256), name, e))
}

// appendIntent appends the journal line saying name is about to hold e.
func appendIntent(line []byte, name string, e entry) []byte {
	line = append(appendName(append(line, `{"file": `...), name), ", "...)
	return append(appendEntry(line, e), "}\n"...)
}

func (l *ledger) journalLine(je jsonEntry) error {
	data, _ := json.Marshal(je)
	return l.record(append(data, '\n'))
}

// record appends one line to the journal.
func (l *ledger) record(line []byte) error {
	l.journalMu.Lock()
	defer l.journalMu.Unlock()
	if l.journal == nil {
		f, err := os.OpenFile(filepath.Join(l.stateDir, JournalName), os.O_WRONLY|os.O_CREATE|os.O_APPEND|unix.O_NOFOLLOW, 0o644)
		if err != nil {
			return fmt.Errorf("cannot record in %s: %w", filepath.Join(l.stateDir, JournalName), unwrapPath(err))
		}
		l.journal = f
	}
	if _, err := l.journal.Write(line); err != nil {
		return fmt.Errorf("cannot record in %s: %w", filepath.Join(l.stateDir, JournalName), unwrapPath(err))
	}
	return nil
}

// done records that name now holds e.
func (l *ledger) done(name string, e entry) {
	l.mu.Lock()
	r := l.files.add(name)
	r.entry, r.owned = e, true
	l.dirty = true
	l.mu.Unlock()
}

// stale returns, sorted, the names the manifest owns that no posting of
// this run claimed.
func (l *ledger) stale() []string {
	var names []string
	for name, r := range l.files.all() {
		if r.owned && r.claimed == 0 {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	return names
}

// prune removes the stale files and their entries, each only while it
// holds the bytes jobdesc wrote: a file edited since is someone's work and
// stays listed, and a name that is no longer a regular file is forgotten,
// both reported in left. A name already gone is forgotten too.
func (l *ledger) prune(names []string) (removed, left []string, err error) {
	var buf []byte
	for _, name := range names {
		path := filepath.Join(l.dir, name)
		why, err := l.checkParents(name, map[string]bool{})
		if err != nil {
			return removed, left, err
		}
		if why != "" {
			left = append(left, path+": not removed, its path "+why)
			continue
		}
		var st fileState
		st, buf, err = l.state(name, l.files.find(name).entry, buf)
		switch {
		case err != nil:
			return removed, left, err
		case st == changed:
			left = append(left, path+": not removed, it changed since jobdesc wrote it")
			continue
		case st == special:
			left = append(left, path+": not removed, it is no longer a regular file")
		case st == intact:
			if err := l.journalLine(jsonEntry{File: name, Removed: true}); err != nil {
				return removed, left, err
			}
			if err := l.root.Remove(name); err != nil && !errors.Is(err, os.ErrNotExist) {
				return removed, left, fmt.Errorf("cannot remove %s: %w", path, unwrapPath(err))
			}
			removed = append(removed, path)
		}
		l.files.remove(name)
		l.dirty = true
	}
	return removed, left, nil
}

// fileState is what a name in the folder holds, next to what the
// manifest recorded of it.
type fileState int

const (
	missing fileState = iota
	intact            // a regular file with the recorded bytes
	changed           // a regular file with other bytes
	special           // not a regular file
)

// state compares name with e, reading it through buf (returned for the
// next call).
func (l *ledger) state(name string, e entry, buf []byte) (fileState, []byte, error) {
	info, err := l.root.Lstat(name)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return missing, buf, nil
	case err != nil:
		return missing, buf, fmt.Errorf("cannot read %s: %w", filepath.Join(l.dir, name), unwrapPath(err))
	case !info.Mode().IsRegular():
		return special, buf, nil
	case info.Size() != e.Size:
		return changed, buf, nil
	}
	sum, buf, err := l.hash(name, buf)
	switch {
	case errors.Is(err, errNotRegular):
		return special, buf, nil
	case err != nil:
		return missing, buf, fmt.Errorf("cannot read %s: %w", filepath.Join(l.dir, name), unwrapPath(err))
	case sum != e.Sum:
		return changed, buf, nil
	}
	return intact, buf, nil
}

// commit writes the manifest when it changed, then drops the journal, and
// lets go of the folder. When the manifest cannot be written (a full disk)
// the journal stays, and the next run folds it in.
func (l *ledger) commit() error {
	defer l.release()
	if l.journal != nil {
		l.journal.Close()
	}
	if l.dirty {
		path := filepath.Join(l.stateDir, ManifestName)
		if err := atomicfile.WriteStream(path, 0o644, l.write); err != nil {
			return fmt.Errorf("%w; %s keeps the record and the next run uses it", err, filepath.Join(l.stateDir, JournalName))
		}
	}
	if err := os.Remove(filepath.Join(l.stateDir, JournalName)); err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	return nil
}

// write prints the manifest: sorted names, one entry a line, so the same
// files give the same bytes and a diff shows one line per changed file.
func (l *ledger) write(w io.Writer) error {
	names := make([]string, 0, len(l.files.index))
	for name, r := range l.files.all() {
		if r.owned {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	var b bytes.Buffer
	var line []byte
	b.WriteString("{\n \"version\": 2,\n \"files\": {")
	for i, name := range names {
		if i > 0 {
			b.WriteByte(',')
		}
		line = append(appendName(append(line[:0], "\n  "...), name), ": {"...)
		line = append(appendEntry(line, l.files.find(name).entry), '}')
		b.Write(line)
		if b.Len() > 32<<10 {
			if _, err := w.Write(b.Bytes()); err != nil {
				return err
			}
			b.Reset()
		}
	}
	if len(names) > 0 {
		b.WriteString("\n ")
	}
	b.WriteString("}\n}\n")
	_, err := w.Write(b.Bytes())
	return err
}

// appendName appends name as a JSON string.
func appendName(b []byte, name string) []byte {
	for i := 0; i < len(name); i++ {
		if c := name[i]; c < 0x20 || c >= 0x7f || c == '"' || c == '\\' {
			q, _ := json.Marshal(name)
			return append(b, q...)
		}
	}
	return append(append(append(b, '"'), name...), '"')
}

// appendEntry appends the fields of e as the manifest and the journal
// spell them: "input", "sha256", "size", and the dates it has.
func appendEntry(b []byte, e entry) []byte {
	b = append(b, `"input": "`...)
	b = hex.AppendEncode(b, e.Input[:])
	b = append(b, `", "sha256": "`...)
	b = hex.AppendEncode(b, e.Sum[:])
	b = append(b, `", "size": `...)
	b = strconv.AppendInt(b, e.Size, 10)
	// Dates are digits and dashes: nothing to escape.
	if e.Posted != 0 {
		b = append(append(append(b, `, "posted": "`...), e.Posted.String()...), '"')
	}
	if e.Changed != 0 {
		b = append(append(append(b, `, "changed": "`...), e.Changed.String()...), '"')
	}
	return b
}

// errNotRegular is a name that was a regular file when looked at, and
// something else when opened.
var errNotRegular = errors.New("not a regular file")

// hash returns the SHA-256 of the bytes of name, a regular file inside the
// folder, read through buf (grown as needed and returned for the next
// call).
func (l *ledger) hash(name string, buf []byte) ([32]byte, []byte, error) {
	f, err := l.root.Open(name)
	if err != nil {
		return [32]byte{}, buf, err
	}
	defer f.Close()
	// The root follows a link that stays inside the folder: what was
	// opened must be the regular file that was looked at.
	info, err := f.Stat()
	if err != nil || !info.Mode().IsRegular() {
		return [32]byte{}, buf, errNotRegular
	}
	if named, err := l.root.Lstat(name); err != nil || !os.SameFile(info, named) {
		return [32]byte{}, buf, errNotRegular
	}
	h := sha256.New()
	if cap(buf) < 32<<10 {
		buf = make([]byte, 32<<10)
	}
	buf = buf[:cap(buf)]
	for {
		n, err := f.Read(buf)
		h.Write(buf[:n])
		if err == io.EOF {
			break
		}
		if err != nil {
			return [32]byte{}, buf, err
		}
	}
	var sum [32]byte
	h.Sum(sum[:0])
	return sum, buf, nil
}

func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
