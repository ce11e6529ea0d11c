package store

import (
	"encoding/binary"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// schemaVersion is the layout this code writes. Bump it only together with
// a new migration at the end of migrations().
const schemaVersion = 9

// A migration upgrades a file from schema to-1 to schema to. Migrations run
// in order inside the transaction that opens the file, so a file is never
// left half upgraded.
type migration struct {
	to    int
	about string
	apply func(tx *bolt.Tx) error
}

// migrations lists every upgrade since schema 1, oldest first.
func migrations() []migration {
	return []migration{
		{to: 2, about: "unread index and unread/bookmarked counters", apply: migrateUnreadIndex},
		{to: 3, about: "search index", apply: migrateSearchIndex},
		{to: 4, about: "speaker identities", apply: migrateSpeakerIdentities},
		{to: 5, about: "removed feed items", apply: migrateRemoved},
		{to: 6, about: "zstd bodies with dictionaries", apply: migrateBodyDicts},
		{to: 7, about: "speaker log", apply: migratePendingSpeakers},
		{to: 8, about: "speaker name forms with initials run together", apply: migrateNameForms},
		{to: 9, about: "organisation name forms with their initials", apply: migrateNameForms},
	}
}

// schema1Buckets are the top-level buckets of schema 1; schema 2 added the
// unread index, schema 3 the search index, schema 4 speaker links, schema
// 5 the removed feed items, schema 6 body dictionaries, schema 7 the
// speaker log; schemas 8 and 9 added no bucket (they rewrote the aliases).
func schema1Buckets() [][]byte {
	return [][]byte{
		bucketMeta, bucketArticles, bucketBodies, bucketRead, bucketBookmarks,
		bucketByDate, bucketBookmarked, bucketByFeed, bucketBySpeaker, bucketSpeakers, bucketSpeakerRank, bucketAliases, bucketFeeds,
	}
}

// buckets are the top-level buckets of the current schema.
func buckets() [][]byte {
	return append(append(schema1Buckets(), bucketUnread, bucketSpeakerLinks, bucketRemoved, bucketBodyDicts, bucketBodyDictCopies, bucketSpeakerPending), searchBuckets()...)
}

// checkBuckets refuses a file that lacks one of its schema's buckets,
// rather than failing later on a nil bucket.
func checkBuckets(tx *bolt.Tx, path string, names [][]byte) error {
	for _, name := range names {
		if tx.Bucket(name) == nil {
			return fmt.Errorf("%s is damaged: bucket %s is missing: %w", path, name, ErrNotDatabase)
		}
	}
	return nil
}

// prepareFile readies a file opened for writing, which open found in state
// st: it lays out a new store, runs the migrations an older one needs and
// rebuilds a search index of another analyser version.
func prepareFile(tx *bolt.Tx, path string, st fileState) error {
	if err := prepareSchema(tx, path, st); err != nil {
		return err
	}
	// A log a killed import left is folded before anything reads it.
	t := newStore(nil, "").txn(tx)
	if err := t.fold(); err != nil {
		return fmt.Errorf("fold the speaker log of %s: %w", path, err)
	}
	return t.flush()
}

// prepareSchema lays out or migrates the file; see prepareFile.
func prepareSchema(tx *bolt.Tx, path string, st fileState) error {
	// Another soundbite may have prepared the file between open's look
	// and this transaction: look again only then.
	if schema, err := readSchema(tx, path); err != nil || schema != st.schema {
		if st, err = inspect(tx, path); err != nil {
			return err
		}
	}
	schema := st.schema
	switch {
	case schema == schemaVersion:
		return checkSearchVersion(tx, path)
	case schema == 0:
		if err := createSchema1(tx); err != nil {
			return fmt.Errorf("create %s: %w", path, err)
		}
		schema = 1
	}
	for _, m := range migrations() {
		if m.to <= schema {
			continue
		}
		if err := m.apply(tx); err != nil {
			return fmt.Errorf("migrate %s to schema %d (%s): %w", path, m.to, m.about, err)
		}
		if err := putU32(tx.Bucket(bucketMeta), keySchema, uint32(m.to)); err != nil {
			return fmt.Errorf("migrate %s to schema %d: %w", path, m.to, err)
		}
	}
	if err := checkBuckets(tx, path, buckets()); err != nil {
		return err
	}
	return checkSearchVersion(tx, path)
}

// createSchema1 lays out an empty store of schema 1; a new file then runs
// every migration, so new and upgraded files cannot drift apart.
func createSchema1(tx *bolt.Tx) error {
	for _, name := range schema1Buckets() {
		if _, err := tx.CreateBucketIfNotExists(name); err != nil {
			return fmt.Errorf("create bucket %s: %w", name, err)
		}
	}
	meta := tx.Bucket(bucketMeta)
	if err := meta.Put(keyApp, []byte(appMarker)); err != nil {
		return err
	}
	if err := putU32(meta, keySchema, 1); err != nil {
		return err
	}
	if err := putU32(meta, keyExtractor, 0); err != nil {
		return err
	}
	return putU64(meta, keyArticles, 0)
}

// migrateUnreadIndex builds schema 2's unread index and its unread and
// bookmarked counters. Schema 1 found unread articles by testing every
// article against the read bucket, and counted them the same way.
func migrateUnreadIndex(tx *bolt.Tx) error {
	unread, err := tx.CreateBucketIfNotExists(bucketUnread)
	if err != nil {
		return fmt.Errorf("create bucket %s: %w", bucketUnread, err)
	}
	read := tx.Bucket(bucketRead)
	var nUnread uint64
	c := tx.Bucket(bucketByDate).Cursor()
	for k, _ := c.First(); k != nil; k, _ = c.Next() {
		if len(k) != dateIDLen {
			return fmt.Errorf("by_date key of %d bytes", len(k))
		}
		if read.Get(k[dateLen:]) != nil {
			continue
		}
		if err := unread.Put(k, nil); err != nil {
			return err
		}
		nUnread++
	}
	meta := tx.Bucket(bucketMeta)
	if err := putU64(meta, keyUnread, nUnread); err != nil {
		return err
	}
	return putU64(meta, keyBookmarked, uint64(tx.Bucket(bucketBookmarks).Stats().KeyN))
}

// migrateNameForms is schema 8: a name's core runs its initials together
// ("rj" of "R.J."), so the forms schema 7 kept ("r.j okonkwo-dane") are
// written again from the stored identities. Schema 9 runs it again for
// the initials an organisation is known by ("doj" of "Department of
// Justice"). Every identity stays as it
// was decided; a reindex decides afresh. A killed import's speaker log
// is folded after this (prepareFile), adding its own forms as it folds.
func migrateNameForms(tx *bolt.Tx) error {
	if err := tx.DeleteBucket(bucketAliases); err != nil {
		return fmt.Errorf("drop %s: %w", bucketAliases, err)
	}
	aliases, err := tx.CreateBucket(bucketAliases)
	if err != nil {
		return fmt.Errorf("create %s: %w", bucketAliases, err)
	}
	return tx.Bucket(bucketSpeakers).ForEach(func(k, v []byte) error {
		agg, err := decodeAggregateRoles(v, false)
		if err != nil {
			return nil // a record that does not decode is repaired by the next reindex
		}
		for f, flags := range agg.forms() {
			if err := putForm(aliases, f, string(k), flags); err != nil {
				return err
			}
		}
		return nil
	})
}

// migrateBodyDicts adds schema 6's body dictionaries. Bodies stored by
// schema 4 stay flate records, which are read as they are; bodies written
// from now on are zstd records, with a dictionary once the store has
// enough of them to sample (dict.go).
func migrateBodyDicts(tx *bolt.Tx) error {
	for _, name := range [][]byte{bucketBodyDicts, bucketBodyDictCopies} {
		if _, err := tx.CreateBucketIfNotExists(name); err != nil {
			return fmt.Errorf("create bucket %s: %w", name, err)
		}
	}
	return nil
}

func putU32(b *bolt.Bucket, key []byte, v uint32) error {
	return b.Put(key, binary.BigEndian.AppendUint32(nil, v))
}

func putU64(b *bolt.Bucket, key []byte, v uint64) error {
	return b.Put(key, binary.BigEndian.AppendUint64(nil, v))
}

func getU64(b *bolt.Bucket, key []byte) uint64 {
	v := b.Get(key)
	if len(v) != 8 {
		return 0
	}
	return binary.BigEndian.Uint64(v)
}

func getU32(b *bolt.Bucket, key []byte) uint32 {
	v := b.Get(key)
	if len(v) != 4 {
		return 0
	}
	return binary.BigEndian.Uint32(v)
}
