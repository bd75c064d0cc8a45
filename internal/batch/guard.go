package batch

import (
	"errors"
	"fmt"
	"os"

	"golang.org/x/sys/unix"

	"github.com/jobdesc/jobdesc/internal/atomicfile"
)

// openRegular opens path for reading only if it is a regular file of at
// most limit bytes. O_NONBLOCK keeps a FIFO from hanging the open, and the
// type is checked on the open descriptor, so a link swapped in meanwhile
// to /dev/zero is caught too. A missing file gives an error that matches
// os.ErrNotExist. With follow false, a symbolic link is refused too.
func openRegular(path string, limit int64, follow bool) (*os.File, error) {
	flags := os.O_RDONLY | unix.O_NONBLOCK
	if !follow {
		flags |= unix.O_NOFOLLOW
	}
	f, err := os.OpenFile(path, flags, 0)
	if errors.Is(err, unix.ELOOP) {
		return nil, fmt.Errorf("%s is a symbolic link, not a regular file; remove it", path)
	}
	if err != nil {
		return nil, err
	}
	info, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	if !info.Mode().IsRegular() {
		f.Close()
		return nil, fmt.Errorf("%s is %s, not a regular file; name a regular file", path, atomicfile.KindOf(info.Mode()))
	}
	if info.Size() > limit {
		f.Close()
		return nil, fmt.Errorf("%s is %d bytes, over the %d MiB limit; split it", path, info.Size(), limit>>20)
	}
	return f, nil
}
