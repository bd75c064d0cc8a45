package render

import (
	"bytes"
	"strings"

	"github.com/jobdesc/jobdesc/internal/posting"
)

// The shipped JobPosting description (jsonld-description.html.tmpl),
// written out in Go like the shipped page (html_shipped.go): every value
// escaped as html/template escapes it in text, the offer the template's
// own, executed once per base. TestShippedDescriptionIsTheTemplate holds
// the two to the same bytes; any other description renders through
// html/template.

// shippedDescriptionSum is the SHA-256 of
// templates/jsonld-description.html.tmpl, which the test holds the
// embedded template to.
const shippedDescriptionSum = "f32388ae32c390e38e2f333456623bcb7f26b00684b18195c0492be029b143ed"

// description is p's description: in Go for the shipped template.
func (d *describer) description(p *posting.Posting) (string, error) {
	if !d.shipped {
		var b strings.Builder
		err := d.t.Execute(&b, p)
		return b.String(), err
	}
	offer, err := d.offers.get("offer", p, func(buf *bytes.Buffer) error { return d.t.ExecuteTemplate(buf, "offer", p) })
	if err != nil {
		return "", err
	}
	b, _ := d.buffers.Get().(*bytes.Buffer)
	if b == nil {
		b = new(bytes.Buffer)
	}
	defer func() {
		b.Reset()
		d.buffers.Put(b)
	}()
	writeDescription(b, p, offer)
	return b.String(), nil
}

// descItems is <ul> and a <li> per label/value pair.
func descItems(b *bytes.Buffer, items []posting.Item, l *posting.Labels) {
	b.WriteString("<ul>")
	for _, it := range items {
		b.WriteString("<li>")
		HTMLText(b, it.Label)
		HTMLText(b, l.Colon)
		HTMLText(b, it.Value)
		b.WriteString("</li>")
	}
	b.WriteString("</ul>")
}

// descPara is <p>s</p>.
func descPara(b *bytes.Buffer, s string) {
	b.WriteString("<p>")
	HTMLText(b, s)
	b.WriteString("</p>")
}

// writeDescription is the shipped description template; offer is its
// "offer".
func writeDescription(b *bytes.Buffer, p *posting.Posting, offer string) {
	l := &p.Labels
	if len(p.Facts) > 0 {
		descItems(b, p.Facts, l)
	}
	descPara(b, p.Pitch)
	if p.Scope != "" {
		descPara(b, p.Scope)
	}
	if p.Context != "" {
		descPara(b, p.Context)
	}
	for _, para := range Paragraphs(p.Company.About) {
		descPara(b, para)
	}
	if p.Reporting.Text != "" {
		descPara(b, l.Reporting)
		descPara(b, p.Reporting.Text)
	}
	b.WriteString(offer)
	if p.WhyJoin != "" {
		descPara(b, l.WhyJoin)
		for _, para := range Paragraphs(p.WhyJoin) {
			descPara(b, para)
		}
	}
	if len(p.Conditions) > 0 {
		descPara(b, l.Conditions)
		descItems(b, p.Conditions, l)
	}
	if len(p.Process) > 0 {
		descPara(b, l.Process)
		b.WriteString("<ul>")
		for _, s := range p.Process {
			b.WriteString("<li>")
			HTMLText(b, s)
			b.WriteString("</li>")
		}
		b.WriteString("</ul>")
		if p.ProcessNote != "" {
			descPara(b, p.ProcessNote)
		}
	}
	if p.WorkPermit != "" {
		descPara(b, p.WorkPermit)
	}
	descPara(b, l.Equal)
	if p.Inclusion != "" {
		descPara(b, p.Inclusion)
	}
}
