package render

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"testing"

	"github.com/jobdesc/jobdesc/internal/posting"
	"github.com/jobdesc/jobdesc/internal/role"
	"github.com/jobdesc/jobdesc/internal/values"
	"github.com/jobdesc/jobdesc/templates"
)

// The shipped templates written in Go are held to their templates by
// rendering every posting below both ways.

// shippedTemplate is the shipped template name, which must still be the
// bytes of SHA-256 sum that the Go writer copies.
func shippedTemplate(t *testing.T, name, sum, goFile string) []byte {
	t.Helper()
	src, err := fs.ReadFile(templates.FS(), name)
	if err != nil {
		t.Fatal(err)
	}
	if got := sha256.Sum256(src); hex.EncodeToString(got[:]) != sum {
		t.Fatalf("templates/%s changed (sha256 %x): bring %s in line, then set its sum", name, got, goFile)
	}
	return src
}

// eachShippedPosting calls f with every shipped role in every language,
// size and seniority it is hired at, with no values, complete ones,
// hostile ones, interim ones and the full reference; what names it.
func eachShippedPosting(t *testing.T, format string, f func(what string, p *posting.Posting)) {
	t.Helper()
	c := shippedCatalog(t)
	res := posting.Resolver{Catalog: c, Words: renderer(t, format).Words(), AllowUnsuitable: true}
	complete, hostile := valuesFile(t, "complete"), valuesFile(t, "hostile")
	full := complete
	full.Length = "full"
	client := complete
	client.Contract.Type, client.Client = "interim", values.Client{Name: "Gamma", About: values.PlainText("Gamma fabrique.")}
	sets := []struct {
		name string
		v    values.Set
	}{{"none", values.Set{}}, {"complete", complete}, {"hostile", hostile}, {"full", full}, {"interim", client}}
	n := 0
	for _, set := range sets {
		for _, id := range c.IDs() {
			for _, lang := range role.Languages() {
				for _, size := range role.Sizes() {
					for _, seniority := range values.Seniorities {
						v := set.v
						v.Lang, v.Company.Size, v.Seniority = lang, size, seniority
						p, err := res.Resolve(id, v)
						if err != nil {
							continue // a seniority the role is never hired at
						}
						f(fmt.Sprintf("%s %s %s %s, values %s", id, lang, size, seniority, set.name), p)
						n++
					}
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no posting resolved")
	}
}
