//go:build ignore

// gensnapshot writes labels_snapshot.go: the shipped labels decoded and
// checked at build time, so a run does not parse them.
package main

import (
	"log"
	"os"

	"github.com/jobdesc/jobdesc/internal/posting"
)

func main() {
	data, err := os.ReadFile("labels.yaml")
	if err != nil {
		log.Fatal(err)
	}
	src, err := posting.LabelsSnapshotSource("labels.yaml", data, "templates")
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("labels_snapshot.go", src, 0o644); err != nil {
		log.Fatal(err)
	}
}
