//go:build !unix

package fileread

import "os"

const openFlags = os.O_RDONLY

// noFollow is not available here: links are followed.
const noFollow = 0

func isLoop(error) bool { return false }
