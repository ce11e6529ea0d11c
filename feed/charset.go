package feed

import (
	"bytes"
	"mime"
	"strings"
	"unicode/utf8"

	"github.com/gogs/chardet"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// guessWindow is how much of an undeclared, non-UTF-8 document the
// charset detector reads; statistics settle long before the end.
const guessWindow = 64 << 10

// minConfidence is the detector confidence (0-100) below which its guess
// is not trusted. Single-byte Hebrew scores in the high twenties on short
// feeds; wrong guesses for Latin text score lower.
const minConfidence = 25

// toUTF8 returns a feed document as UTF-8, whatever it came in, so that
// every title comes out readable and no parser meets an invalid byte.
//
// The encoding is taken from, in order: a byte order mark; the XML
// declaration; the charset of the Content-Type header; and, when the bytes
// are still not valid UTF-8, a statistical guess. An XML declaration naming
// another encoding is rewritten to say UTF-8, so the XML decoder does not
// convert a second time.
func toUTF8(body []byte, contentType string) []byte {
	// enc stays nil while the document is taken to be UTF-8.
	var enc encoding.Encoding
	decided := false
	switch {
	case bytes.HasPrefix(body, []byte("\xef\xbb\xbf")):
		body, decided = body[3:], true
	case bytes.HasPrefix(body, []byte("\xfe\xff")), bytes.HasPrefix(body, []byte("\x00<\x00?")):
		enc, decided = unicode.UTF16(unicode.BigEndian, unicode.UseBOM), true
	case bytes.HasPrefix(body, []byte("\xff\xfe")), bytes.HasPrefix(body, []byte("<\x00?\x00")):
		enc, decided = unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), true
	}
	if !decided {
		enc, decided = lookupCharset(xmlDeclEncoding(body))
	}
	if !decided {
		if _, params, err := mime.ParseMediaType(contentType); err == nil {
			enc, _ = lookupCharset(params["charset"])
		}
	}

	var out []byte
	switch {
	case enc != nil:
		var err error
		if out, err = enc.NewDecoder().Bytes(body); err != nil {
			out = mixedToUTF8(body)
		}
	case utf8.Valid(body):
		out = body
	default:
		out = guessToUTF8(body)
	}
	if !utf8.Valid(out) {
		out = bytes.ToValidUTF8(out, []byte("\uFFFD"))
	}
	if label := xmlDeclEncoding(out); label != "" && !isUTF8Label(label) {
		out = replaceXMLDecl(out)
	}
	return out
}

// pageToUTF8 returns a web page as UTF-8. A byte order mark or the
// Content-Type header's charset settles the encoding. Otherwise the
// <meta charset> of the page's first 1,024 bytes is only a claim: a page
// whose bytes are valid UTF-8 throughout is UTF-8 whatever it says, and
// one that neither declares nor is UTF-8 gets the feeds' statistical
// guess. The HTML standard's default of Windows-1252 for an undeclared
// page would turn every curly quote of a UTF-8 article into "â€œ", and the
// extractor would see no quotation marks at all. A page declared UTF-8
// that is not (Windows-1252 curly quotes pasted into a UTF-8 template, a
// common fault of news sites) keeps its UTF-8 and has the stray bytes
// read as Windows-1252, rather than U+FFFD where every quotation mark was;
// no statistical guess there, which could take the page's valid UTF-8 for
// another encoding.
func pageToUTF8(body []byte, contentType string) []byte {
	enc, name, certain := charset.DetermineEncoding(body, contentType)
	if utf8.Valid(body) && (!certain || name == "utf-8") {
		return body
	}
	if name == "utf-8" {
		return mixedToUTF8(body)
	}
	if !certain && name == "windows-1252" { // declared so, or the default
		return guessToUTF8(body)
	}
	if out, err := enc.NewDecoder().Bytes(body); err == nil {
		return bytes.ToValidUTF8(out, []byte("\uFFFD"))
	}
	return mixedToUTF8(body)
}

// guessToUTF8 decodes a document that claims (or defaults to) UTF-8 but is
// not. A detector picks multi-byte and Cyrillic encodings well; when it
// says UTF-8 or Latin, the document is most likely UTF-8 with stray
// Windows-1252 bytes, or Windows-1252 throughout, and mixedToUTF8 handles
// both.
func guessToUTF8(body []byte) []byte {
	sample := body
	if len(sample) > guessWindow {
		sample = sample[:guessWindow]
	}
	res, err := chardet.NewTextDetector().DetectBest(sample)
	if err == nil && res.Confidence >= minConfidence {
		name := strings.ToLower(res.Charset)
		if name != "utf-8" && !strings.HasPrefix(name, "iso-8859-1") && name != "windows-1252" && !strings.HasPrefix(name, "iso-8859-15") {
			if enc, _ := lookupCharset(name); enc != nil {
				if out, err := enc.NewDecoder().Bytes(body); err == nil {
					return out
				}
			}
		}
	}
	return mixedToUTF8(body)
}

// mixedToUTF8 keeps valid UTF-8 sequences and reads every other byte as
// Windows-1252, the usual culprit.
func mixedToUTF8(b []byte) []byte {
	out := make([]byte, 0, len(b)+len(b)/8)
	dec := charmap.Windows1252
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size <= 1 {
			out = utf8.AppendRune(out, dec.DecodeByte(b[0]))
			b = b[1:]
			continue
		}
		out = append(out, b[:size]...)
		b = b[size:]
	}
	return out
}

// lookupCharset finds the encoding a label names. ok is false for an empty
// or unknown label; enc is nil for UTF-8, which needs no decoding.
func lookupCharset(label string) (enc encoding.Encoding, ok bool) {
	if strings.TrimSpace(label) == "" {
		return nil, false
	}
	e, name := charset.Lookup(label)
	if e == nil {
		return nil, false
	}
	if name == "utf-8" {
		return nil, true
	}
	return e, true
}

func isUTF8Label(label string) bool {
	return strings.EqualFold(label, "utf-8") || strings.EqualFold(label, "utf8")
}

// xmlDeclaration returns the span of a leading <?xml ...?> declaration
// (after optional white space), or -1, -1.
func xmlDeclaration(b []byte) (start, end int) {
	start = len(b) - len(bytes.TrimLeft(b, " \t\r\n"))
	if !bytes.HasPrefix(b[start:], []byte("<?xml")) {
		return -1, -1
	}
	window := b[start:]
	if len(window) > 512 {
		window = window[:512]
	}
	i := bytes.Index(window, []byte("?>"))
	if i < 0 {
		return -1, -1
	}
	return start, start + i + 2
}

// xmlDeclEncoding returns the encoding named by the XML declaration, or "".
func xmlDeclEncoding(b []byte) string {
	start, end := xmlDeclaration(b)
	if start < 0 {
		return ""
	}
	decl := string(b[start:end])
	i := strings.Index(decl, "encoding")
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(decl[i+len("encoding"):], " \t\r\n")
	if !strings.HasPrefix(rest, "=") {
		return ""
	}
	rest = strings.TrimLeft(rest[1:], " \t\r\n")
	if rest == "" || (rest[0] != '"' && rest[0] != '\'') {
		return ""
	}
	q := rest[0]
	j := strings.IndexByte(rest[1:], q)
	if j < 0 {
		return ""
	}
	return strings.TrimSpace(rest[1 : 1+j])
}

// replaceXMLDecl swaps the XML declaration for one that says UTF-8.
func replaceXMLDecl(b []byte) []byte {
	start, end := xmlDeclaration(b)
	if start < 0 {
		return b
	}
	const decl = `<?xml version="1.0" encoding="UTF-8"?>`
	out := make([]byte, 0, len(b)-(end-start)+len(decl))
	out = append(out, b[:start]...)
	out = append(out, decl...)
	return append(out, b[end:]...)
}
