//go:build unix

package fileread

import (
	"errors"
	"os"
	"syscall"
)

// openFlags open a FIFO without waiting for a writer, so it can be refused.
const openFlags = os.O_RDONLY | syscall.O_NONBLOCK

// noFollow makes the open fail on a symbolic link.
const noFollow = syscall.O_NOFOLLOW

func isLoop(err error) bool { return errors.Is(err, syscall.ELOOP) }
