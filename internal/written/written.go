// Package written keeps, in the user's state folder, the record of the
// single files jobdesc wrote (render ROLE -o FILE): by absolute path, the
// SHA-256 of the bytes written, the date the posting was first published
// there and the date its content last changed. A file is replaced without being forced
// only when its bytes are still those recorded, so a posting the user
// edited, or any file of theirs, is never lost; and nothing is left beside
// the file in the user's folder. (A batch's folder keeps its own manifest.)
package written

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"golang.org/x/sys/unix"

	"github.com/jobdesc/jobdesc/internal/atomicfile"
	"github.com/jobdesc/jobdesc/internal/fileread"
)

// fileName is the record, in the state folder.
const fileName = "written.json"

// maxRecord bounds the record read: far more files than anyone writes one
// at a time.
const maxRecord = 64 << 20

// Dir is the state folder of jobdesc: $XDG_STATE_HOME/jobdesc, else
// ~/.local/state/jobdesc; "" when neither is known.
func Dir(getenv func(string) string) string {
	if d := getenv("XDG_STATE_HOME"); filepath.IsAbs(d) {
		return filepath.Join(d, "jobdesc")
	}
	if h := getenv("HOME"); h != "" {
		return filepath.Join(h, ".local", "state", "jobdesc")
	}
	return ""
}

// Result says what Write did.
type Result int

const (
	Written   Result = iota
	Unchanged        // the file already held these bytes
)

// Write writes data to path atomically. An existing file is replaced when
// force is set or when the record says jobdesc wrote its present bytes;
// any other is refused with an *atomicfile.NotOwnedError, and a file that
// is not regular (a link, a device, a folder) always is. The record in
// stateDir is updated under a lock, so two runs do not lose each other's
// entries.
//
// posted is the posting's publication date and today the run's, for the
// record (Posted reads it back).
func Write(stateDir, path string, data []byte, force bool, posted, today string) (Result, error) {
	if err := atomicfile.CheckReplaceable(path); err != nil {
		return 0, err
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return 0, err
	}
	if stateDir == "" {
		return 0, errors.New("no state folder to record written files in: set HOME or XDG_STATE_HOME")
	}
	if err := os.MkdirAll(stateDir, 0o700); err != nil {
		return 0, fmt.Errorf("cannot create %s: %w", stateDir, err)
	}
	unlock, err := lock(stateDir)
	if err != nil {
		return 0, err
	}
	defer unlock()
	rec, err := load(stateDir)
	if err != nil {
		return 0, err
	}
	sum := hash(data)
	old, err := os.ReadFile(path)
	exists := err == nil
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return 0, err
	}
	onDisk := hash(old)
	if exists && !force && rec[abs].SHA256 != onDisk {
		if _, wrote := rec[abs]; wrote {
			return 0, &atomicfile.ChangedError{Path: path}
		}
		return 0, &atomicfile.NotOwnedError{Path: path}
	}
	res := Unchanged
	if !exists || onDisk != sum {
		if _, err := atomicfile.Write(path, data, 0o644, true); err != nil {
			return 0, err
		}
		res = Written
	}
	e := entry{SHA256: sum, Posted: posted, Changed: today}
	if prev := rec[abs]; prev.SHA256 == sum && prev.Changed != "" {
		e.Changed = prev.Changed
	}
	if rec[abs] != e {
		rec[abs] = e
		if err := save(stateDir, rec); err != nil {
			return 0, err
		}
	}
	return res, nil
}

// Posted is the date the posting at path was first published, as the
// record keeps it while jobdesc's bytes are still there; "" when the
// record has none (then the posting is new, or was edited or replaced).
func Posted(stateDir, path string) string {
	abs, err := filepath.Abs(path)
	if err != nil || stateDir == "" {
		return ""
	}
	rec, err := load(stateDir)
	if err != nil {
		return ""
	}
	e, ok := rec[abs]
	if !ok {
		return ""
	}
	old, err := os.ReadFile(path)
	if err != nil || hash(old) != e.SHA256 {
		return ""
	}
	return e.Posted
}

// entry is the record of one file. A record written before dates were
// kept gives the hash alone, as a string.
type entry struct {
	SHA256  string `json:"sha256"`
	Posted  string `json:"posted,omitempty"`
	Changed string `json:"changed,omitempty"`
}

func (e *entry) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '"' {
		return json.Unmarshal(b, &e.SHA256)
	}
	type plain entry
	return json.Unmarshal(b, (*plain)(e))
}

func hash(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// lock takes an exclusive lock on the record for this process.
func lock(dir string) (func(), error) {
	f, err := os.OpenFile(filepath.Join(dir, fileName+".lock"), os.O_RDWR|os.O_CREATE|unix.O_NOFOLLOW, 0o600)
	if err != nil {
		return nil, fmt.Errorf("cannot lock %s: %w", dir, err)
	}
	if err := unix.Flock(int(f.Fd()), unix.LOCK_EX); err != nil {
		f.Close()
		return nil, fmt.Errorf("cannot lock %s: %w", dir, err)
	}
	return func() { f.Close() }, nil
}

// load reads the record: absolute path to the entry of the bytes
// written. A record that does not read is damaged: jobdesc then owns
// nothing, and says so rather than guessing.
func load(dir string) (map[string]entry, error) {
	p := filepath.Join(dir, fileName)
	data, err := fileread.Read(p, maxRecord)
	if errors.Is(err, fs.ErrNotExist) {
		return map[string]entry{}, nil
	}
	if err != nil {
		return nil, err
	}
	rec := map[string]entry{}
	if err := json.Unmarshal(data, &rec); err != nil {
		return nil, fmt.Errorf("%s is damaged (%w); remove it: jobdesc will then treat the files it listed as not its own", p, err)
	}
	return rec, nil
}

// save writes the record atomically, keys sorted (encoding/json sorts
// map keys), so the same files give the same record.
func save(dir string, rec map[string]entry) error {
	data, err := json.MarshalIndent(rec, "", "  ")
	if err != nil {
		return err
	}
	_, err = atomicfile.Write(filepath.Join(dir, fileName), append(data, '\n'), 0o600, true)
	return err
}
