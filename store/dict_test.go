package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"path/filepath"
	"testing"

	bolt "go.etcd.io/bbolt"

	"soundbite/model"
	"soundbite/search"
)

// bodyRecord returns the whole body record of article id, its chunks
// joined.
func bodyRecord(t *testing.T, s *Store, id model.ID) []byte {
	t.Helper()
	idk, err := idKey(id)
	if err != nil {
		t.Fatal(err)
	}
	var rec []byte
	err = s.view("read body record", func(tx *txn) error {
		sum, err := tx.summary(idk)
		if err != nil {
			return err
		}
		for i := range sum.chunks {
			rec = append(rec, tx.b(bucketBodies).Get(bodyKey(sum.body+uint64(i)))...)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return rec
}

// recordDict returns the version of a body record and, for bodyV3, the
// dictionary it names.
func recordDict(t *testing.T, rec []byte) (version byte, dict uint64) {
	t.Helper()
	if len(rec) < 2 {
		t.Fatalf("body record of %d bytes", len(rec))
	}
	if rec[0] != bodyV3 {
		return rec[0], 0
	}
	dict, _ = binary.Uvarint(rec[1:])
	return rec[0], dict
}

// TestBodyDictionary checks that a store compresses without a dictionary
// until it holds dictAfter articles, then samples one and compresses
// later bodies with it, and that every article reads back the same after
// a reopen (the dictionary read from the file), through a search's
// snippets and after compaction.
func TestBodyDictionary(t *testing.T) {
	path := filepath.Join(t.TempDir(), "soundbite.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.dictAfter = 8
	g := newGen(3)
	var arts []model.Article
	for i := range 15 {
		arts = append(arts, g.article(i))
	}
	mustPut(t, s, arts[:5]...)
	mustPut(t, s, arts[5:10]...) // the store held 5 when this began: no dictionary yet
	for _, a := range arts[:10] {
		if v, d := recordDict(t, bodyRecord(t, s, a.ID)); v != bodyV3 || d != 0 {
			t.Fatalf("article before the dictionary: version %d, dictionary %d; want %d, 0", v, d, bodyV3)
		}
	}
	mustPut(t, s, arts[10:]...)
	for _, a := range arts[10:] {
		if v, d := recordDict(t, bodyRecord(t, s, a.ID)); v != bodyV3 || d != 1 {
			t.Fatalf("article after the dictionary: version %d, dictionary %d; want %d, 1", v, d, bodyV3)
		}
	}
	// The dictionary is of the store's text: with it, a body compresses
	// smaller than without.
	sample := arts[14]
	plain := appendBodyFields(nil, &sample)
	none, _ := s.codec(0, nil)
	with, _ := s.codec(1, nil)
	r0, err := none.compress(plain)
	if err != nil {
		t.Fatal(err)
	}
	r1, err := with.compress(plain)
	if err != nil {
		t.Fatal(err)
	}
	if len(r1) >= len(r0) {
		t.Errorf("with the dictionary %d bytes, without %d", len(r1), len(r0))
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	check := func(what string) {
		t.Helper()
		s, err := Open(path, Options{ReadOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		// Search first: it decompresses its hits' bodies outside the
		// transaction, loading the dictionary itself.
		q, err := search.Parse(arts[12].Title)
		if err != nil {
			t.Fatal(err)
		}
		hits, err := s.Search(q, 3)
		if err != nil || len(hits) == 0 || hits[0].Snippet.Text == "" {
			t.Errorf("%s: search for a title = %d hits, %v", what, len(hits), err)
		}
		for _, want := range arts {
			got, err := s.Get(want.ID)
			if err != nil {
				t.Fatalf("%s: %v", what, err)
			}
			sameArticle(t, got, want)
		}
	}
	check("reopened")
	if _, err := Compact(path); err != nil {
		t.Fatal(err)
	}
	check("compacted")
}

// TestMigrateV4Bodies makes a schema 4 file, whose bodies are flate records
// and which has no dictionaries, and opens it: every article reads as it
// was, and bodies written from then on are zstd records.
func TestMigrateV4Bodies(t *testing.T) {
	path := filepath.Join(t.TempDir(), "soundbite.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.dictAfter = 4
	g := newGen(4)
	var arts []model.Article
	for i := range 12 {
		arts = append(arts, g.article(i))
	}
	mustPut(t, s, arts[:4]...)
	mustPut(t, s, arts[4:8]...)
	wantCounts, _ := s.Counts()
	s.Close()
	writeBolt(t, path, downgradeToV4)

	s = openMigrated(t, path)
	if c, _ := s.Counts(); c != wantCounts {
		t.Errorf("Counts after migration = %+v, want %+v", c, wantCounts)
	}
	for _, want := range arts[:8] {
		if v, _ := recordDict(t, bodyRecord(t, s, want.ID)); v != bodyV2 {
			t.Fatalf("migrated body is version %d, want the flate record as it was", v)
		}
		got, err := s.Get(want.ID)
		if err != nil {
			t.Fatal(err)
		}
		sameArticle(t, got, want)
	}
	s.dictAfter = 4
	mustPut(t, s, arts[8:]...)
	for _, a := range arts[8:] {
		if v, d := recordDict(t, bodyRecord(t, s, a.ID)); v != bodyV3 || d != 1 {
			t.Errorf("new body after migration: version %d, dictionary %d; want %d, 1", v, d, bodyV3)
		}
	}
	verify(t, s)
}

// downgradeToV4 rewrites a store as schema 4 kept it: every body a flate
// record, and no dictionaries.
func downgradeToV4(tx *bolt.Tx) error {
	st := newStore(nil, "")
	t := st.txn(tx)
	articles := t.b(bucketArticles)
	sums := map[string]summary{}
	err := articles.ForEach(func(k, v []byte) error {
		sum, err := decodeSummary(v)
		sums[string(k)] = sum
		return err
	})
	if err != nil {
		return err
	}
	for _, sum := range sums {
		plain, _, err := t.body(&sum)
		if err != nil {
			return err
		}
		if err := t.deleteBody(&sum); err != nil {
			return err
		}
		rec, err := flateRecord(bodyV2, plain)
		if err != nil {
			return err
		}
		// In as many chunks as the body had, so the numbers of the
		// next body's stay free.
		for i := range sum.chunks {
			part := rec[len(rec)*i/sum.chunks : len(rec)*(i+1)/sum.chunks]
			if err := t.b(bucketBodies).Put(bodyKey(sum.body+uint64(i)), part); err != nil {
				return err
			}
		}
	}
	for _, name := range [][]byte{bucketBodyDicts, bucketBodyDictCopies} {
		if err := tx.DeleteBucket(name); err != nil {
			return err
		}
	}
	meta := tx.Bucket(bucketMeta)
	if err := meta.Delete(keyBodyDict); err != nil {
		return err
	}
	return putU32(meta, keySchema, 4)
}

// TestCompactRecodesBodies upgrades a schema 4 store, whose bodies are
// flate records, and compacts it: every body is then compressed with the
// store's dictionary, keeps its document number in the search index and
// reads as it was, and the store takes fewer pages.
func TestCompactRecodesBodies(t *testing.T) {
	path := filepath.Join(t.TempDir(), "soundbite.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.dictAfter = 1 << 30
	g := newGen(5)
	var arts []model.Article
	for i := range 60 {
		arts = append(arts, g.article(i))
	}
	mustPut(t, s, arts[:30]...)
	mustPut(t, s, arts[30:50]...)
	s.Close()
	writeBolt(t, path, downgradeToV4)

	s, err = Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.dictAfter = 10
	if err := s.giveDict(); err != nil {
		t.Fatal(err)
	}
	mustPut(t, s, arts[50:]...)
	if err := s.Delete(arts[7].ID); err != nil {
		t.Fatal(err)
	}
	arts = append(arts[:7], arts[8:]...)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	before := pagesInUse(t, path)
	chunksBefore := chunkCounts(t, path)

	if _, err := Compact(path); err != nil {
		t.Fatal(err)
	}
	if after := pagesInUse(t, path); after >= before {
		t.Errorf("compaction left %d bytes of pages, was %d", after, before)
	}
	if rep, err := Check(path); err != nil || rep.Damaged() || rep.Articles != len(arts) {
		t.Fatalf("Check after compaction: %+v, %v", rep, err)
	}
	fewer := 0
	for id, n := range chunkCounts(t, path) {
		if n > chunksBefore[id] {
			t.Errorf("article %x: %d chunks, was %d", id, n, chunksBefore[id])
		}
		if n < chunksBefore[id] {
			fewer++
		}
	}
	if fewer == 0 {
		t.Error("no body took fewer chunks after compaction: the test proves less than it should")
	}
	s, err = Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, want := range arts {
		if v, d := recordDict(t, bodyRecord(t, s, want.ID)); v != bodyV3 || d != 1 {
			t.Errorf("article %s after compaction: version %d, dictionary %d; want %d, 1", want.ID, v, d, bodyV3)
		}
		got, err := s.Get(want.ID)
		if err != nil {
			t.Fatal(err)
		}
		sameArticle(t, got, want)
	}
	verify(t, s)
	// Writing goes on from where the copy left the bodies.
	more := newGen(6).article(100)
	mustPut(t, s, more)
	if got, err := s.Get(more.ID); err != nil {
		t.Fatal(err)
	} else {
		sameArticle(t, got, more)
	}
	verify(t, s)
}

// chunkCounts returns every article's body chunk count, by ID key.
func chunkCounts(t *testing.T, path string) map[string]int {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	counts := map[string]int{}
	err = db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketArticles).ForEach(func(k, v []byte) error {
			sum, err := decodeSummary(v)
			counts[string(k)] = sum.chunks
			return err
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return counts
}

// TestBodyDictionaryCopy damages one copy of a store's dictionary, then
// the other: with one whole copy every article reads as it was, and with
// none its body fails as corrupt rather than decoding to other text.
func TestBodyDictionaryCopy(t *testing.T) {
	path := filepath.Join(t.TempDir(), "soundbite.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.dictAfter = 4
	g := newGen(8)
	var arts []model.Article
	for i := range 10 {
		arts = append(arts, g.article(i))
	}
	mustPut(t, s, arts[:5]...)
	mustPut(t, s, arts[5:]...)
	s.Close()
	damage := func(bucket []byte) {
		writeBolt(t, path, func(tx *bolt.Tx) error {
			b := tx.Bucket(bucket)
			rec := bytes.Clone(b.Get(dictKey(1)))
			if len(rec) < 100 {
				t.Fatalf("%s holds no dictionary 1", bucket)
			}
			rec[len(rec)/2] ^= 0x20 // one letter's case: still text, not the dictionary
			return b.Put(dictKey(1), rec)
		})
	}
	read := func() error {
		s, err := Open(path, Options{ReadOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		for _, want := range arts[5:] {
			got, err := s.Get(want.ID)
			if err != nil {
				return err
			}
			sameArticle(t, got, want)
		}
		return nil
	}
	damage(bucketBodyDicts)
	if err := read(); err != nil {
		t.Fatalf("with the copy whole: %v", err)
	}
	damage(bucketBodyDictCopies)
	if err := read(); !errors.Is(err, errCorrupt) {
		t.Fatalf("with both copies damaged: %v, want errCorrupt", err)
	}
}
