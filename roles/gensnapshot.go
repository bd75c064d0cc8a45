//go:build ignore

// gensnapshot writes snapshot.go: the shipped catalogue decoded once, at
// build time, so a run does not parse the YAML of the roles it renders.
package main

import (
	"log"
	"os"

	"github.com/jobdesc/jobdesc/internal/catalog"
)

func main() {
	src, err := catalog.SnapshotSource(os.DirFS("."), "roles")
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("snapshot.go", src, 0o644); err != nil {
		log.Fatal(err)
	}
}
