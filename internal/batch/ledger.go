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
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/sys/unix"

	"github.com/jobdesc/jobdesc/internal/atomicfile"
	"github.com/jobdesc/jobdesc/internal/fileread"
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
}

// rec is the ledger's state of one name.
type rec struct {
	entry
	owned   bool  // jobdesc wrote the file: it may be replaced
	claimed int32 // position (1-based) of the posting of this run that names it
}

// ledger is the output folder's manifest while a run writes into it: the
// lock, the manifest in memory, and the journal on disk.
type ledger struct {
	dir     string
	lock    *os.File
	mu      sync.Mutex
	files   map[string]rec
	journal *os.File
	line    []byte
	dirty   bool
}

// openLedger locks dir and loads its manifest, folding in the journal of a
// run that did not finish.
func openLedger(dir string) (*ledger, error) {
	l := &ledger{dir: dir, files: map[string]rec{}}
	if err := l.acquire(); err != nil {
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
	path := filepath.Join(l.dir, LockName)
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

// release removes the lock file, then lets go of the lock.
func (l *ledger) release() {
	if l.lock != nil {
		os.Remove(filepath.Join(l.dir, LockName))
		l.lock.Close()
		l.lock = nil
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
}

func (j *jsonEntry) entry() entry {
	var e entry
	hex.Decode(e.Input[:], []byte(j.Input))
	hex.Decode(e.Sum[:], []byte(j.SHA256))
	e.Size = j.Size
	return e
}

func (l *ledger) damaged(name string) error {
	return fmt.Errorf("%s is damaged; remove it (jobdesc will then refuse to replace the files it listed unless you pass --force)", filepath.Join(l.dir, name))
}

// load reads the manifest, entry by entry, then replays the journal.
func (l *ledger) load() error {
	path := filepath.Join(l.dir, ManifestName)
	f, err := fileread.Open(path, maxManifest, false)
	switch {
	case errors.Is(err, os.ErrNotExist):
	case err != nil:
		return err
	default:
		// About 140 bytes an entry: sized once, the map never grows by
		// copying itself.
		if info, err := f.Stat(); err == nil {
			l.files = make(map[string]rec, info.Size()/140)
		}
		err := l.decode(bufio.NewReaderSize(io.LimitReader(f, maxManifest), 64<<10))
		f.Close()
		if err != nil {
			return l.damaged(ManifestName)
		}
	}
	return l.replay()
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
				var je jsonEntry
				if err := dec.Decode(&je); err != nil {
					return err
				}
				l.files[name] = rec{entry: je.entry(), owned: true}
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
	path := filepath.Join(l.dir, JournalName)
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
	for sc.Scan() {
		var je jsonEntry
		if json.Unmarshal(sc.Bytes(), &je) != nil || je.File == "" {
			continue // the last line of a killed run may be cut short
		}
		info, err := os.Lstat(filepath.Join(l.dir, je.File))
		if je.Removed {
			if errors.Is(err, os.ErrNotExist) {
				delete(l.files, je.File)
			}
			continue
		}
		e := je.entry()
		if err != nil || !info.Mode().IsRegular() || info.Size() != e.Size {
			continue
		}
		var sum [32]byte
		if sum, buf, err = hashFile(filepath.Join(l.dir, je.File), buf); err == nil && sum == e.Sum {
			l.files[je.File] = rec{entry: e, owned: true}
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
	r := l.files[name]
	if r.claimed != 0 {
		return r.entry, r.owned, int(r.claimed)
	}
	r.claimed = int32(seq)
	l.files[name] = r
	return r.entry, r.owned, 0
}

// intend records, before the file is written, that name is about to hold e.
func (l *ledger) intend(name string, e entry) error {
	return l.journalLine(jsonEntry{File: name, Input: hex.EncodeToString(e.Input[:]), SHA256: hex.EncodeToString(e.Sum[:]), Size: e.Size})
}

func (l *ledger) journalLine(je jsonEntry) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.journal == nil {
		f, err := os.OpenFile(filepath.Join(l.dir, JournalName), os.O_WRONLY|os.O_CREATE|os.O_APPEND|unix.O_NOFOLLOW, 0o644)
		if err != nil {
			return fmt.Errorf("cannot record in %s: %w", filepath.Join(l.dir, JournalName), unwrapPath(err))
		}
		l.journal = f
	}
	l.line = l.line[:0]
	data, _ := json.Marshal(je)
	l.line = append(append(l.line, data...), '\n')
	if _, err := l.journal.Write(l.line); err != nil {
		return fmt.Errorf("cannot record in %s: %w", filepath.Join(l.dir, JournalName), unwrapPath(err))
	}
	return nil
}

// done records that name now holds e.
func (l *ledger) done(name string, e entry) {
	l.mu.Lock()
	r := l.files[name]
	r.entry, r.owned = e, true
	l.files[name] = r
	l.dirty = true
	l.mu.Unlock()
}

// stale returns, sorted, the names the manifest owns that no posting of
// this run claimed.
func (l *ledger) stale() []string {
	var names []string
	for name, r := range l.files {
		if r.owned && r.claimed == 0 {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	return names
}

// prune removes the stale files and their entries; a name that is no
// longer a regular file is only forgotten.
func (l *ledger) prune(names []string) ([]string, error) {
	var removed []string
	for _, name := range names {
		if err := l.journalLine(jsonEntry{File: name, Removed: true}); err != nil {
			return removed, err
		}
		path := filepath.Join(l.dir, name)
		if atomicfile.CheckReplaceable(path) == nil {
			if err := os.Remove(path); err != nil && !errors.Is(err, os.ErrNotExist) {
				return removed, fmt.Errorf("cannot remove %s: %w", path, unwrapPath(err))
			}
			removed = append(removed, path)
		}
		delete(l.files, name)
		l.dirty = true
	}
	return removed, nil
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
		path := filepath.Join(l.dir, ManifestName)
		if err := atomicfile.WriteStream(path, 0o644, l.write); err != nil {
			return fmt.Errorf("%w; %s keeps the record and the next run uses it", err, filepath.Join(l.dir, JournalName))
		}
	}
	if err := os.Remove(filepath.Join(l.dir, JournalName)); err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	return nil
}

// write prints the manifest: sorted names, one entry a line, so the same
// files give the same bytes and a diff shows one line per changed file.
func (l *ledger) write(w io.Writer) error {
	names := make([]string, 0, len(l.files))
	for name, r := range l.files {
		if r.owned {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	var b bytes.Buffer
	b.WriteString("{\n \"version\": 2,\n \"files\": {")
	for i, name := range names {
		if i > 0 {
			b.WriteByte(',')
		}
		e := l.files[name].entry
		q, _ := json.Marshal(name)
		b.WriteString("\n  ")
		b.Write(q)
		b.WriteString(`: {"input": "`)
		b.WriteString(hex.EncodeToString(e.Input[:]))
		b.WriteString(`", "sha256": "`)
		b.WriteString(hex.EncodeToString(e.Sum[:]))
		b.WriteString(`", "size": `)
		b.WriteString(strconv.FormatInt(e.Size, 10))
		b.WriteString("}")
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

// hashFile returns the SHA-256 of a file's bytes, read through buf (grown
// as needed and returned for the next call).
func hashFile(path string, buf []byte) ([32]byte, []byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return [32]byte{}, buf, err
	}
	defer f.Close()
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
