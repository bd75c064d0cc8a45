// Command jobdesc turns role definitions into job postings.
package main

import (
	"os"

	"github.com/jobdesc/jobdesc/internal/cli"
	"github.com/jobdesc/jobdesc/internal/term"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], term.System()))
}
