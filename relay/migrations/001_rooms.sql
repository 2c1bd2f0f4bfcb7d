-- Every accepted update of every room, in the order relays stored them. Compaction replaces some of
-- a room's rows by one merged row; the id also names a row in the notification to the other relays.
CREATE TABLE room_updates (
  id bigserial PRIMARY KEY,
  room_id text NOT NULL,
  payload bytea NOT NULL
);
CREATE INDEX room_updates_by_room ON room_updates (room_id, id);

-- A venue relay's rooms whose local changes the central server has not confirmed yet, with the
-- write key its mirror pushes with.
CREATE TABLE upstream_mirrors (
  room_id text PRIMARY KEY,
  write_key text NOT NULL
);
