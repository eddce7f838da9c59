-- cronaca store, schema version 3: the conflict/cooperation score of each event (-10 .. +10, data/plover.toml).
ALTER TABLE events ADD COLUMN score DOUBLE;
