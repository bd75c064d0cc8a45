//go:build !linux

package atomicfile

import "os"

func createNew(string, []byte, os.FileMode) (os.FileInfo, error) { return nil, errUnsupported }
