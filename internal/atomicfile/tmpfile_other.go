//go:build !linux

package atomicfile

import "os"

func createNew(string, []byte, os.FileMode) (os.FileInfo, error) { return nil, errUnsupported }

func (f *Folder) createUnnamed(string, []byte, os.FileMode) error { return errUnsupported }
