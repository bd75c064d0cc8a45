// Command gendocs writes jobdesc's man pages and command reference, in
// each interface language, from the help texts of the command tree: run
// by go generate ./internal/cli/docs.
package main

import (
	"fmt"
	"os"

	"github.com/jobdesc/jobdesc/internal/cli/docs"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: gendocs DIR")
		os.Exit(2)
	}
	if err := docs.Write(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "gendocs:", err)
		os.Exit(1)
	}
}
