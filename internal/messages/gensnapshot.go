//go:build ignore

// gensnapshot writes catalog_snapshot.go: the catalogues parsed at build
// time, so a run does not parse them.
package main

import (
	"log"
	"os"

	"github.com/jobdesc/jobdesc/internal/messages"
)

func main() {
	src, err := messages.SnapshotSource()
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("catalog_snapshot.go", src, 0o644); err != nil {
		log.Fatal(err)
	}
}
