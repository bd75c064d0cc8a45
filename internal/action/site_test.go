package action

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// siteConfigYAML is the jobdesc.yaml of the site tests.
const siteConfigYAML = `company: {name: Exemple SA, url: "https://example.fr", about: {fr: "Nous faisons des sites.", en: "We make websites."}}
location: {country: FR, remote: hybrid}
contract: {type: permanent, hours: full-time}
apply: {url: "https://example.fr/apply"}
site:
  base_url: https://jobs.example.fr
  name: Exemple SA
  logo: https://example.fr/logo.svg
  accent: "#0b5cad"
`

// buildSite writes the batch csv and the config (siteConfigYAML, or
// config when given) into env's working folder and builds the site in its
// public folder, which it returns.
func buildSite(t *testing.T, env *Env, csv, config string, opts ...func(*Site)) string {
	t.Helper()
	if config == "" {
		config = siteConfigYAML
	}
	write(t, filepath.Join(env.WorkDir, "jobdesc.yaml"), config)
	batch := filepath.Join(env.WorkDir, "postings.csv")
	write(t, batch, csv)
	dir := filepath.Join(env.WorkDir, "public")
	req := &Site{Batch: batch, To: dir}
	for _, o := range opts {
		o(req)
	}
	res, err := req.Run(context.Background(), env)
	if err != nil {
		t.Fatalf("site: %v", err)
	}
	if res.Pages.Failed+res.Pages.Refused != 0 {
		t.Fatalf("site: %d postings failed, %d refused: %v", res.Pages.Failed, res.Pages.Refused, res.Pages.Errors)
	}
	return dir
}

var _ = os.ReadFile
