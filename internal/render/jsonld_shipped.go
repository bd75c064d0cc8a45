package render

import (
	"bytes"
	"encoding/json"
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
	offer, err := d.offer(p)
	if err != nil {
		return "", err
	}
	b, done := d.buffer()
	defer done()
	writeDescription(b, p, offer)
	return b.String(), nil
}

// offer is the description's offer for p, laid out once per base.
func (d *describer) offer(p *posting.Posting) (string, error) {
	return d.offers.get("offer", p, func(buf *bytes.Buffer) error { return d.t.ExecuteTemplate(buf, "offer", p) })
}

// buffer is an empty buffer to lay a description out in, and what gives
// it back once done.
func (d *describer) buffer() (*bytes.Buffer, func()) {
	b, _ := d.buffers.Get().(*bytes.Buffer)
	if b == nil {
		b = new(bytes.Buffer)
	}
	return b, func() {
		b.Reset()
		d.buffers.Put(b)
	}
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

// shippedPageJSONLD is p's JobPosting for the shipped page: without its
// description when d is the shipped description, which writeJSONLD
// writes in parts.
func (d *describer) shippedPageJSONLD(p *posting.Posting) (*JSONLD, error) {
	if d.noJSONLD || !d.shipped {
		return d.pageJSONLD(p)
	}
	j := jobPosting(p)
	// The shipped description is never empty: it has the pitch's
	// paragraph, empty or not, as JobPosting finds when it builds it.
	if m := j.missing(true); len(m) > 0 {
		return nil, &m[0]
	}
	return j, nil
}

// writeJSONLD writes j as json.Marshal does, with, when d is the shipped
// description and j has none, p's description: its offer, the most of
// it and the same for every posting of a base, escaped once per base,
// the values around it escaped for each posting.
func (d *describer) writeJSONLD(b *bytes.Buffer, p *posting.Posting, j *JSONLD) error {
	if !d.shipped || j.Description != "" {
		start := b.Len()
		err := json.NewEncoder(b).Encode(j)
		if err == nil {
			b.Truncate(b.Len() - 1) // the Encoder's newline
		} else {
			b.Truncate(start)
		}
		return err
	}
	offer, err := d.offer(p)
	if err != nil {
		return err
	}
	escaped, err := d.offers.get("offer.json", p, func(buf *bytes.Buffer) error {
		jsonEscaped(buf, offer)
		return nil
	})
	if err != nil {
		return err
	}
	start := b.Len()
	b.WriteString(`{"@context":`)
	jsonString(b, j.Context)
	b.WriteString(`,"@type":`)
	jsonString(b, j.Type)
	b.WriteString(`,"title":`)
	jsonString(b, j.Title)
	b.WriteString(`,"description":"`)
	part, done := d.buffer()
	defer done()
	descriptionHead(part, p)
	jsonEscaped(b, part.String())
	b.WriteString(escaped)
	part.Reset()
	descriptionTail(part, p)
	jsonEscaped(b, part.String())
	b.WriteByte('"')
	// The rest, an object of its own, joins this one: its "{" becomes
	// the comma after the description.
	rest := b.Len()
	if err := json.NewEncoder(b).Encode(&j.jobDetails); err != nil {
		b.Truncate(start)
		return err
	}
	b.Bytes()[rest] = ','
	b.Truncate(b.Len() - 1)
	return nil
}

// jsonString writes s as encoding/json does, quoted.
func jsonString(b *bytes.Buffer, s string) {
	json.NewEncoder(b).Encode(s) // a string always encodes
	b.Truncate(b.Len() - 1)
}

// jsonEscaped writes s as encoding/json does inside a string's quotes:
// the parts of a string so written one after the other are the whole
// string written, each part being whole UTF-8.
func jsonEscaped(b *bytes.Buffer, s string) {
	start := b.Len()
	jsonString(b, s)
	out := b.Bytes()
	n := copy(out[start:], out[start+1:len(out)-1])
	b.Truncate(start + n)
}

// writeDescription is the shipped description template; offer is its
// "offer".
func writeDescription(b *bytes.Buffer, p *posting.Posting, offer string) {
	descriptionHead(b, p)
	b.WriteString(offer)
	descriptionTail(b, p)
}

// descriptionHead is what the shipped description has before its offer.
func descriptionHead(b *bytes.Buffer, p *posting.Posting) {
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
}

// descriptionTail is what the shipped description has after its offer.
func descriptionTail(b *bytes.Buffer, p *posting.Posting) {
	l := &p.Labels
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
