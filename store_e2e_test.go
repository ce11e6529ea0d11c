package main

import (
	"bytes"
	endian "encoding/binary"
	"encoding/json"
	"fmt"
	"math/rand"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// longProse returns paragraphs of about size bytes of invented words,
// which compress about as badly as real prose in a language flate has
// not seen, with quotes from two fictional people. Such a body is cut into
// more chunks than its summary record has bytes: the article that once
// made a store unlistable.
func longProse(seed int64, size int) []string {
	r := rand.New(rand.NewSource(seed))
	word := func() string {
		b := make([]byte, 3+r.Intn(7))
		for i := range b {
			b[i] = byte('a' + r.Intn(26))
		}
		return string(b)
	}
	var paras []string
	n := 0
	for i := 0; n < size; i++ {
		var p strings.Builder
		for p.Len() < 700 {
			p.WriteString(word())
			p.WriteByte(' ')
		}
		s := strings.TrimSpace(p.String()) + "."
		switch i % 7 {
		case 2:
			s += ` "The tide tables are wrong again," said Oriel Haskett, the harbour master of Lunmere.`
		case 5:
			s += ` "We will reopen the quay by spring," said Bastien Corrow.`
		}
		paras = append(paras, s)
		n += len(s) + 2
	}
	return paras
}

func TestLongArticleImportsListsShows(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "soundbite.db")
	body := longProse(1, 1<<20)
	file := filepath.Join(dir, "long.txt")
	writeFile(t, file, "Local,Lunmere harbour report runs long\n\n"+strings.Join(body, "\n\n")+"\n")
	writeFile(t, filepath.Join(dir, "short.txt"), "Local,Ferry timetable settled\n\nThe ferry will run hourly, said Bastien Corrow.\n")

	mustRun(t, db, "import", dir)
	items := jsonLines[articleLine](t, mustRun(t, db, "list", "--json"))
	if len(items) != 2 {
		t.Fatalf("list after importing a 1 MB article: %d articles, want 2", len(items))
	}
	var long articleLine
	for _, it := range items {
		if it.Title == "Lunmere harbour report runs long" {
			long = it
		}
	}
	if long.ID == "" || !contains(long.Speakers, "Oriel Haskett") {
		t.Fatalf("the long article is not listed with its speakers: %+v", items)
	}
	shown := jsonLines[articleJSON](t, mustRun(t, db, "show", "--json", string(long.ID)))
	if len(shown) != 1 || len(shown[0].Body) != len(body) || shown[0].Body[len(body)-1] != body[len(body)-1] {
		t.Fatalf("show --json of the long article lost its body")
	}
	if out := mustRun(t, db, "show", string(long.ID)); !strings.Contains(out, body[len(body)-1][:60]) {
		t.Errorf("show does not print the long article's last paragraph")
	}
	// Every command the long article once broke.
	mustRun(t, db, "read", string(long.ID))
	mustRun(t, db, "reindex", "--all")
	if out := mustRun(t, db, "search", "tide tables"); !strings.Contains(out, "Lunmere harbour report") {
		t.Errorf("search does not find the long article:\n%s", out)
	}
	if items := jsonLines[articleLine](t, mustRun(t, db, "list", "--json")); len(items) != 2 {
		t.Errorf("list after read and reindex: %d articles", len(items))
	}
}

func TestLongFeedItemRefreshesAndLists(t *testing.T) {
	body := longProse(2, 1<<20)
	var html strings.Builder
	for _, p := range body {
		html.WriteString("<p>" + p + "</p>\n")
	}
	feed := fmt.Sprintf(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Lunmere Ledger</title><link>http://example.invalid/</link><description>d</description>
<item><title>The longest harbour report</title><link>http://example.invalid/long</link><guid>long-1</guid>
<pubDate>Mon, 23 Nov 2026 09:00:00 GMT</pubDate>
<content:encoded><![CDATA[%s]]></content:encoded></item>
</channel></rss>`, html.String())
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, feed)
	}))
	defer srv.Close()

	db := filepath.Join(t.TempDir(), "soundbite.db")
	mustRun(t, db, "feed", "add", srv.URL+"/feed.xml")
	mustRun(t, db, "refresh")
	items := jsonLines[articleLine](t, mustRun(t, db, "list", "--json"))
	if len(items) != 1 || items[0].Title != "The longest harbour report" {
		t.Fatalf("list after a 1 MB feed item: %+v", items)
	}
	shown := jsonLines[articleJSON](t, mustRun(t, db, "show", "--json", string(items[0].ID)))
	if len(shown) != 1 || len(shown[0].Body) != len(body) || !strings.Contains(shown[0].Body[len(body)-1], body[len(body)-1][:100]) {
		t.Fatalf("show --json lost the feed item's body")
	}
}

// damagedStore imports n generated articles with the binary and returns
// the store's path.
func damagedStoreBase(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	files := filepath.Join(dir, "articles")
	if err := os.Mkdir(files, 0o700); err != nil {
		t.Fatal(err)
	}
	for i := range n {
		body := strings.Join(longProse(int64(100+i), 3000), "\n\n")
		writeFile(t, filepath.Join(files, fmt.Sprintf("a%04d.txt", i)),
			fmt.Sprintf("Local,Harbour dispatch number %d\n\n%s\n", i, body))
	}
	db := filepath.Join(dir, "soundbite.db")
	mustRun(t, db, "import", files)
	return db
}

// pageToDamage finds a page of the store at path: the freelist, a
// bucket's root ("by_date root", a branch page in a store this size) or a
// leaf in the middle of a bucket's tree.
func pageToDamage(t *testing.T, path, which string) int64 {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	page := func(id uint64) []byte {
		b := make([]byte, 4096)
		if _, err := f.ReadAt(b, int64(id)*4096); err != nil {
			t.Fatal(err)
		}
		return b
	}
	var id uint64
	_ = db.View(func(tx *bolt.Tx) error {
		if which == "freelist" {
			// The meta page of the last commit names the freelist.
			meta := page(0)[16:]
			if other := page(1)[16:]; endian.NativeEndian.Uint64(other[48:]) > endian.NativeEndian.Uint64(meta[48:]) {
				meta = other
			}
			id = endian.NativeEndian.Uint64(meta[32:])
			return nil
		}
		bucket, root := strings.CutSuffix(which, " root")
		id = uint64(tx.Bucket([]byte(bucket)).Root())
		if root && endian.NativeEndian.Uint16(page(id)[8:]) != 0x01 {
			t.Fatalf("the root of %s is not a branch page", bucket)
		}
		for !root {
			p := page(id)
			if endian.NativeEndian.Uint16(p[8:]) != 0x01 { // not a branch
				break
			}
			count := int(endian.NativeEndian.Uint16(p[10:]))
			id = endian.NativeEndian.Uint64(p[16+16*(count/2)+8:])
		}
		return nil
	})
	return int64(id)
}

// TestDamagedStoreThroughTheBinary zeroes one page of a store and runs
// the commands on it: no panic, a clear error naming the file, the file
// left byte-identical, check reporting it and repair recovering what
// can be read.
func TestDamagedStoreThroughTheBinary(t *testing.T) {
	base := damagedStoreBase(t, 400)
	extra := filepath.Join(t.TempDir(), "extra.txt")
	writeFile(t, extra, "Local,A late harbour dispatch\n\n"+strings.Join(longProse(7, 2000), "\n\n")+"\n")
	for _, which := range []string{"articles", "bodies", "by_date root", "freelist"} {
		t.Run(which, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "soundbite.db")
			writeFile(t, db, string(fileBytesE2E(t, base)))
			id := pageToDamage(t, db, which)
			f, err := os.OpenFile(db, os.O_WRONLY, 0)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := f.WriteAt(make([]byte, 4096), id*4096); err != nil {
				t.Fatal(err)
			}
			f.Close()
			before := fileBytesE2E(t, db)

			for _, args := range [][]string{{"import", extra}, {"search", "harbour"}, {"list"}, {"bookmark", "0000"}} {
				_, errOut, code := soundbite(t, db, args...)
				if strings.Contains(errOut, "panic") || strings.Contains(errOut, "goroutine") {
					t.Fatalf("%v panicked:\n%s", args, errOut)
				}
				if args[0] == "import" && (code == 0 || !strings.Contains(errOut, "damaged") || !strings.Contains(errOut, db)) {
					t.Errorf("import into a damaged store: exit %d, stderr %q; want an error naming the damaged file", code, errOut)
				}
				if code != 0 && !strings.Contains(errOut, "damaged") && args[0] != "bookmark" {
					t.Errorf("%v: exit %d, stderr %q", args, code, errOut)
				}
			}
			if !bytes.Equal(fileBytesE2E(t, db), before) {
				t.Fatal("a command wrote into the damaged store")
			}

			out, _, code := soundbite(t, db, "check", "--json")
			var rep struct {
				Damaged  bool     `json:"damaged"`
				Problems []string `json:"problems"`
			}
			if err := json.Unmarshal([]byte(out), &rep); err != nil || code != 1 || !rep.Damaged || len(rep.Problems) == 0 {
				t.Fatalf("check --json: exit %d, %q", code, out)
			}
			out = mustRun(t, db, "repair")
			var recovered, lost int
			if _, err := fmt.Sscanf(out, "%d articles recovered, %d lost", &recovered, &lost); err != nil || recovered+lost != 400 || recovered < 300 {
				t.Fatalf("repair: %q", out)
			}
			if items := jsonLines[articleLine](t, mustRun(t, db, "list", "--json", "--limit", "0")); len(items) != recovered {
				t.Errorf("list after repair: %d articles, repair said %d", len(items), recovered)
			}
			mustRun(t, db, "check")
			mustRun(t, db, "import", extra)
			kept, _ := filepath.Glob(db + ".damaged-*")
			if len(kept) != 1 || !bytes.Equal(fileBytesE2E(t, kept[0]), before) {
				t.Errorf("the damaged original is not kept beside the store: %v", kept)
			}
		})
	}
}

func fileBytesE2E(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
