//go:build ignore

// gensnapshot writes phrases_snapshot.go, the patterns of
// data/phrases.tsv compiled at build time, so a run does not parse them,
// and concepts_snapshot.go, the concepts indexed at build time.
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
