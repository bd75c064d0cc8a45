package render

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestHTMLInChromium opens a page of hostile values in a real browser
// (Debian's headless chromium) and reads the DOM it built: the title and
// sections are there, and no injected script ran.
func TestHTMLInChromium(t *testing.T) {
	browser, err := exec.LookPath("chromium")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("chromium is not installed; CI must run the browser test (apt-get install chromium)")
		}
		t.Skip("chromium not found: the browser test is skipped; install it with apt-get install chromium")
	}
	c := shippedCatalog(t)
	r := renderer(t, "html")
	v := valuesFile(t, "hostile")
	// Scripts that would leave a mark in the DOM if they ran.
	pwn := `document.title='PWNED';document.body.setAttribute('data-pwned','1')`
	v.Company.Name += `</title><script>` + pwn + `</script>`
	// The hostile values are given per language: the English ones get the
	// scripts.
	v.Company.About.ByLang["en"] += "\n\n</script><script>" + pwn + "</script><img src=x onerror=\"" + pwn + "\">"
	v.Benefits.ByLang["en"] = append(slices.Clone(v.Benefits.ByLang["en"]), `"><svg onload="`+pwn+`">`, "</script><script>"+pwn+"</script>")
	v.Process.ByLang["en"] = append(slices.Clone(v.Process.ByLang["en"]), "</script><script>"+pwn+"</script>")
	v.TitleSuffix.ByLang["en"] += `</title><script>` + pwn + `</script>`
	v.Lang = "en"
	page := render(t, r, resolve(t, c, r, "webmaster", v))
	dir := t.TempDir()
	file := filepath.Join(dir, "posting.html")
	if err := os.WriteFile(file, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, browser, "--headless", "--no-sandbox", "--disable-gpu",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
		"--user-data-dir="+filepath.Join(dir, "profile"), "--dump-dom", "file://"+file)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium: %v", err)
	}
	dom := string(out)
	if strings.Contains(dom, "<title>PWNED") || strings.Contains(dom, "data-pwned=") {
		t.Fatal("an injected script ran")
	}
	if !strings.Contains(dom, "<title>Junior Web Editor (all genders) &lt;script&gt;alert(7)&lt;/script&gt;&lt;/title&gt;&lt;script&gt;") || !strings.Contains(dom, " – Acme &lt;script&gt;alert(1)&lt;/script&gt; &amp; *Co*&lt;/title&gt;&lt;script&gt;") {
		t.Errorf("title not kept as text:\n%.400s", dom)
	}
	for _, want := range []string{`<section id="company">`, `<section id="role">`, `<section id="missions">`, `<section id="profile">`, `<section id="conditions">`, `<section id="apply">`, `<section id="process">`, `<ul class="facts">`, "<h1>Junior Web Editor (all genders) &lt;script&gt;alert(7)&lt;/script&gt;&lt;/title&gt;&lt;script&gt;"} {
		if !strings.Contains(dom, want) {
			t.Errorf("the page lacks %s", want)
		}
	}
	if n := strings.Count(dom, "<script"); n != 1 {
		t.Errorf("%d script elements in the DOM, want the JSON-LD one", n)
	}
	for _, bad := range []string{"<img", "<svg"} {
		if strings.Contains(dom, bad) {
			t.Errorf("the DOM has an injected %s element", bad)
		}
	}
}
