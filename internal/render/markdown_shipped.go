package render

import (
	"bytes"
	"cmp"
	"io/fs"
	"strconv"

	"github.com/jobdesc/jobdesc/internal/posting"
	"github.com/jobdesc/jobdesc/templates"
)

// The shipped Markdown template, written out in Go. A batch spends most of
// its CPU in text/template's reflection (a field looked up by name, a
// function called through reflect, for every action of every posting);
// the same layout written as code costs a tenth. It is used only for the
// shipped template's exact bytes: a template a user changed or passed
// with --template renders through text/template, correct if slower.
// TestShippedMarkdownIsTheTemplate renders every shipped role, language,
// size and seniority with several sets of values both ways and requires
// the same bytes, and fails when the template changes without this file.

// shippedMarkdownSum is the SHA-256 of templates/posting.md.tmpl: the
// test holds the embedded template to it, so that the template cannot
// change without this file.
const shippedMarkdownSum = "70a41545434e50579880f2ba643c99492dec3413ad9459c10a73026544c88f68"

// markdownBuild writes the shipped template in Go, and any other through
// text/template.
func markdownBuild(name string, src []byte, d *describer) (writeFunc, error) {
	if isShippedMarkdown(src) {
		return shippedMarkdown(), nil
	}
	return textTemplate(markdownFuncs, nil)(name, src, d)
}

// isShippedMarkdown says whether src is the shipped template, which
// markdownBuild writes in Go. The bytes are compared with the embedded
// ones rather than hashed: hashing cost every render about 0.2 M
// instructions, a comparison almost nothing.
func isShippedMarkdown(src []byte) bool { return isShipped("posting.md.tmpl", src) }

// isShipped says whether src is the bytes of the shipped template name.
func isShipped(name string, src []byte) bool {
	shipped, err := fs.ReadFile(templates.FS(), name)
	return err == nil && bytes.Equal(src, shipped)
}

// shippedMarkdown returns the writer of the shipped template; the offer
// (missions and profile) is laid out once per base, as {{shared}} does.
func shippedMarkdown() writeFunc {
	cache := &sharedCache{}
	return func(o *output, p *posting.Posting) error {
		offer, err := cache.get("offer", p, func(buf *bytes.Buffer) error {
			writeOffer(buf, p)
			return nil
		})
		if err != nil {
			return err
		}
		// Straight into the output, sized once: the layout is linear in
		// the posting, so the cap is checked when it is done.
		o.buf.Grow(len(offer) + 4<<10)
		writePosting(&o.buf, p, offer)
		if o.buf.Len() > o.max {
			o.buf.Reset()
			return errOutputLimit
		}
		return nil
	}
}

// md is MarkdownText written to b.
func md(b *bytes.Buffer, s string) { b.WriteString(MarkdownText(s)) }

// writeItems is the template "items": label/value pairs after a blank line.
func writeItems(b *bytes.Buffer, items []posting.Item, l *posting.Labels) {
	if len(items) == 0 {
		return
	}
	b.WriteByte('\n')
	for _, it := range items {
		b.WriteString("\n- **")
		md(b, it.Label)
		b.WriteString("**")
		md(b, l.Colon)
		md(b, it.Value)
	}
}

// writeSection starts a section: a blank line, then its heading.
func writeSection(b *bytes.Buffer, heading string) {
	b.WriteString("\n\n## ")
	md(b, heading)
}

// writeParagraph writes s after a blank line, when there is one.
func writeParagraph(b *bytes.Buffer, s string) {
	if s != "" {
		b.WriteString("\n\n")
		md(b, s)
	}
}

func writeEmployer(b *bytes.Buffer, heading string, e *posting.Employer, url bool, l *posting.Labels) {
	writeSection(b, heading)
	if e.Name != "" {
		b.WriteString("\n\n### ")
		md(b, e.Name)
	}
	writeParagraph(b, e.About)
	if url && e.Site != "" {
		b.WriteString("\n\n")
		md(b, l.Website)
		md(b, l.Colon)
		b.WriteString(MarkdownLink(e.Site))
	}
}

func writePosting(b *bytes.Buffer, p *posting.Posting, offer string) {
	l := &p.Labels
	b.WriteString("# ")
	md(b, p.Heading)
	if len(p.Aliases) > 0 {
		b.WriteString("\n\n")
		md(b, l.Also)
		md(b, l.Colon)
		for i, a := range p.Aliases {
			if i > 0 {
				b.WriteString(", ")
			}
			md(b, a)
		}
	}
	writeItems(b, p.Facts, l)
	if c := p.Company; c.About != "" || c.Site != "" {
		// The employer's name heads its section, as the template does.
		heading := cmp.Or(c.Heading, c.Name, l.About)
		c.Name = ""
		writeEmployer(b, heading, &c, true, l)
	}
	if c := p.Client; c != nil && (c.Name != "" || c.About != "") {
		writeEmployer(b, l.Client, c, false, l)
	}
	writeSection(b, l.Role)
	b.WriteString("\n\n")
	md(b, p.Pitch)
	writeParagraph(b, p.Scope)
	writeParagraph(b, p.Context)
	if r := p.Reporting; r.Text != "" || r.Note != "" {
		writeSection(b, l.Reporting)
		writeParagraph(b, r.Text)
		writeParagraph(b, r.Note)
	}
	b.WriteString("\n\n")
	b.WriteString(offer)
	if p.WhyJoin != "" {
		writeSection(b, l.WhyJoin)
		writeParagraph(b, p.WhyJoin)
	}
	if len(p.Conditions) > 0 {
		writeSection(b, l.Conditions)
		writeItems(b, p.Conditions, l)
	}
	if len(p.Process) > 0 {
		writeSection(b, l.Process)
		b.WriteByte('\n')
		for i, s := range p.Process {
			b.WriteByte('\n')
			b.WriteString(strconv.Itoa(inc(i)))
			b.WriteString(". ")
			md(b, s)
		}
		writeParagraph(b, p.ProcessNote)
	}
	if a := p.Apply; a.URL != "" || a.Email != "" || a.Reference != "" || a.Posted != "" || a.ValidThrough != "" {
		writeSection(b, l.Apply)
		b.WriteByte('\n')
		if a.URL != "" {
			b.WriteString("\n- ")
			md(b, cmp.Or(a.Lead, l.ApplyURL))
			if a.Note != "" { // "Apply with your CV in French or English: <link>"
				b.WriteByte(' ')
				md(b, a.Note)
			}
			md(b, l.Colon)
			b.WriteString(MarkdownLink(a.URL))
		}
		if a.Email != "" && a.URL == "" { // one channel: the address is for data requests when there is a form
			b.WriteString("\n- ")
			md(b, cmp.Or(a.Lead, l.ApplyEmail))
			b.WriteByte(' ')
			b.WriteString(MarkdownMail(a.Email))
			writeApplyNote(b, a.Note)
		}
		if a.Reference != "" {
			b.WriteString("\n- ")
			md(b, l.Reference)
			md(b, l.Colon)
			md(b, a.Reference)
		}
		for _, d := range [...][2]string{{l.Posted, a.Posted}, {l.ValidThrough, a.ValidThrough}} {
			if d[1] != "" {
				b.WriteString("\n- ")
				md(b, d[0])
				b.WriteByte(' ')
				md(b, d[1])
			}
		}
	}
	writeParagraph(b, p.WorkPermit)
	writeParagraph(b, l.Equal)
	writeParagraph(b, p.Inclusion)
	if p.Privacy != "" {
		writeParagraph(b, p.Privacy)
		if p.PrivacyEmail != "" {
			b.WriteByte(' ')
			md(b, l.PrivacyContact)
			b.WriteByte(' ')
			b.WriteString(MarkdownMail(p.PrivacyEmail))
			b.WriteByte('.')
		}
		if p.PrivacyComplaint != "" {
			b.WriteByte(' ')
			md(b, p.PrivacyComplaint)
		}
	}
	b.WriteByte('\n')
}

// writeApplyNote is what an application may be written in, after the
// address when there is no link: " (…)".
func writeApplyNote(b *bytes.Buffer, note string) {
	if note != "" {
		b.WriteString(" (")
		md(b, note)
		b.WriteByte(')')
	}
}

// writeOffer is the template "offer": the missions and the profile, read
// from the posting's shared fields only.
func writeOffer(b *bytes.Buffer, p *posting.Posting) {
	l := &p.Labels
	b.WriteString("## ")
	md(b, l.Missions)
	for _, m := range p.Missions {
		b.WriteString("\n\n### ")
		md(b, m.Title)
		if len(m.Activities) > 0 {
			b.WriteByte('\n')
			for _, a := range m.Activities {
				b.WriteString("\n- ")
				md(b, a)
			}
		}
	}
	s := p.Skills
	if len(p.Profile) == 0 && len(s.KnowHow) == 0 && len(s.Soft) == 0 && len(s.Knowledge) == 0 {
		return
	}
	writeSection(b, l.Profile)
	if len(s.KnowHow) > 0 || len(s.Soft) > 0 || len(s.Knowledge) > 0 {
		b.WriteByte('\n')
		for _, kind := range [...][]posting.Skill{s.KnowHow, s.Soft, s.Knowledge} {
			for _, k := range kind {
				b.WriteString("\n- ")
				md(b, k.Line)
			}
		}
	}
	if len(p.Profile) > 0 {
		b.WriteString("\n\n### ")
		md(b, l.Requirements)
		writeItems(b, p.Profile, l)
	}
}
