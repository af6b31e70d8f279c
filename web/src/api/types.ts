// JSON shapes of the REST API (snake_case, as the services send them). Optional = may be omitted.

export interface Song {
  id: number;
  title: string;
  artist?: string | null;
  artist_id?: number | null;
  album?: string | null;
  album_id?: number | null;
  genre?: string | null;
  duration?: number | null;
  cover_image_url?: string | null;
  track_number?: number | null;
  disc_number?: number | null;
  year?: number | null;
  like_count?: number;
  liked?: boolean | null;
  play_count?: number;
  last_played_at?: string | null;
  /** on /albums/{id}/songs */
  position?: number;
}

export interface Album {
  id: number;
  title: string;
  artist?: string | null;
  artist_id?: number | null;
  genre?: string | null;
  description?: string | null;
  cover_image_url?: string | null;
  year?: number | null;
  song_count?: number;
  duration?: number;
}

export interface Artist {
  id: number;
  name: string;
  sort_name?: string | null;
  album_count?: number;
  song_count?: number;
}

export interface SearchResult {
  artists: Artist[];
  albums: Album[];
  songs: Song[];
}

export interface User {
  id: number;
  username: string;
  email?: string;
  first_name?: string | null;
  last_name?: string | null;
  role?: string;
}

export interface Play {
  id: number;
  played_at: string;
  seconds?: number | null;
  song: Song;
}

export interface ScanStatus {
  state: string;
  files_seen: number;
  files_total: number;
  imported: number;
  updated: number;
  removed: number;
  failed: number;
  started_at?: string | null;
  finished_at?: string | null;
  files_per_second?: number;
  error?: string | null;
}

export interface StreamUrl {
  url: string;
  expires_at: string;
}

export interface Playlist {
  id: number;
  owner_id?: number;
  name: string;
  description?: string | null;
  public?: boolean;
  version?: number;
  song_count?: number;
  duration?: number;
  created_at?: string;
  updated_at?: string;
}

/** One row of a playlist: its 1-based position and the song. */
export interface PlaylistEntry {
  position: number;
  song: Song;
}

export interface Page<T> {
  items: T[];
  total: number | null;
}

/** GET/PUT /me/queue: the play queue a player resumes on another device. */
export interface PlayQueue {
  song_ids: number[];
  current_index: number;
  position_ms: number;
  changed_by?: string | null;
  updated_at?: string | null;
}

export interface Lyrics {
  plain?: string | null;
  synced?: Array<{ start_ms: number; text: string }> | null;
}
