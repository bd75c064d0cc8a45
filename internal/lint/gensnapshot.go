//go:build ignore

// gensnapshot writes phrases_snapshot.go, the patterns of
// data/phrases.tsv compiled at build time, so a run does not parse them,
// concepts_snapshot.go, the concepts indexed at build time, and
// tries_snapshot.go, the law rules' word lists as tries.
package main

import (
	"log"
	"os"

	"github.com/jobdesc/jobdesc/internal/lint"
)

func main() {
	for name, source := range map[string]func() ([]byte, error){
		"phrases_snapshot.go":  lint.PhrasesSnapshotSource,
		"concepts_snapshot.go": lint.ConceptsSnapshotSource,
		"tries_snapshot.go":    lint.TriesSnapshotSource,
	} {
		src, err := source()
		if err != nil {
			log.Fatal(err)
		}
		if err := os.WriteFile(name, src, 0o644); err != nil {
			log.Fatal(err)
		}
	}
}
