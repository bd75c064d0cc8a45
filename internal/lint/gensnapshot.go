//go:build ignore

// gensnapshot writes phrases_snapshot.go: the patterns of
// data/phrases.tsv compiled at build time, so a run does not parse them.
package main

import (
	"log"
	"os"

	"github.com/jobdesc/jobdesc/internal/lint"
)

func main() {
	src, err := lint.PhrasesSnapshotSource()
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("phrases_snapshot.go", src, 0o644); err != nil {
		log.Fatal(err)
	}
}
