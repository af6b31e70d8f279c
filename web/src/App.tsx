import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { BrowserRouter, Navigate, NavLink, Outlet, Route, Routes, useLocation, useNavigate } from 'react-router';
import { AuthProvider, useAuth } from './auth';
import { ErrorBoundary } from './components/ErrorBoundary';
import { Icon, type IconName } from './components/Icon';
import { ToastProvider } from './components/Toast';
import { useDebounced } from './hooks';
import { PlayerBar } from './player/PlayerBar';
import { PlayerProvider, usePlayer } from './player/PlayerContext';
import { LoginPage, RegisterPage } from './pages/Auth';
import { AlbumPage, ArtistPage, ArtistsPage, HomePage, SongsPage } from './pages/Browse';
import { HistoryPage, LikedPage, SearchPage } from './pages/Me';
import { PlaylistPage, PlaylistsPage } from './pages/Playlists';

// the admin screen is for few users: its own chunk
const AdminPage = lazy(() => import('./pages/Admin').then((m) => ({ default: m.AdminPage })));

// Client routes never collide with the API's paths (DESIGN §12), so a reload of any of them
// reaches the web player: /album/1 here, /albums/1 in the API.
const nav: Array<{ to: string; label: string; icon: IconName; end?: boolean }> = [
  { to: '/', label: 'Home', icon: 'home', end: true },
  { to: '/artist', label: 'Artists', icon: 'person' },
  { to: '/tracks', label: 'Songs', icon: 'note' },
  { to: '/liked', label: 'Liked', icon: 'heart' },
  { to: '/playlist', label: 'Playlists', icon: 'list' },
  { to: '/history', label: 'History', icon: 'history' },
];

function SearchBox() {
  const navigate = useNavigate();
  const loc = useLocation();
  const onSearch = loc.pathname === '/find';
  const initial = onSearch ? (new URLSearchParams(loc.search).get('q') ?? '') : '';
  const [value, setValue] = useState(initial);
  const debounced = useDebounced(value.trim(), 250);
  const typed = useRef(false);
  // leaving the results empties the box
  useEffect(() => {
    if (!onSearch) {
      typed.current = false;
      setValue('');
    }
  }, [onSearch]);
  useEffect(() => {
    if (!typed.current) return;
    if (debounced) navigate(`/find?q=${encodeURIComponent(debounced)}`, { replace: onSearch });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);
  return (
    <form
      className="search"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        if (value.trim()) navigate(`/find?q=${encodeURIComponent(value.trim())}`, { replace: onSearch });
      }}
    >
      <Icon name="search" />
      <label htmlFor="search-input" className="sr-only">
        Search artists, albums and songs
      </label>
      <input
        id="search-input"
        type="search"
        placeholder="Search artists, albums, songs"
        autoComplete="off"
        value={value}
        maxLength={100}
        onChange={(e) => {
          typed.current = true;
          setValue(e.target.value);
        }}
      />
    </form>
  );
}

function Shell() {
  const loc = useLocation();
  const auth = useAuth();
  const player = usePlayer();
  const navigate = useNavigate();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <aside className="sidebar">
        <div className="brand">
          <img src="/favicon.svg" alt="" width={28} height={28} /> <span>MusicPlayer</span>
        </div>
        <nav aria-label="Main">
          <ul>
            {nav.map((n) => (
              <li key={n.to}>
                <NavLink to={n.to} end={n.end}>
                  <Icon name={n.icon} /> <span>{n.label}</span>
                </NavLink>
              </li>
            ))}
            {auth.isAdmin && (
              <li>
                <NavLink to="/admin">
                  <Icon name="admin" /> <span>Admin</span>
                </NavLink>
              </li>
            )}
          </ul>
        </nav>
      </aside>
      <div className="main-col">
        <header className="topbar">
          <SearchBox />
          <div className="user">
            <span className="user-name" title={auth.user?.email}>
              {auth.user?.username ?? ''}
            </span>
            <button
              type="button"
              className="icon-btn"
              aria-label="Log out"
              title="Log out"
              onClick={async () => {
                player.playSongs([]);
                await auth.logout();
                navigate('/login');
              }}
            >
              <Icon name="logout" />
            </button>
          </div>
        </header>
        <main id="main" tabIndex={-1}>
          <ErrorBoundary key={loc.pathname}>
            <Outlet />
          </ErrorBoundary>
        </main>
      </div>
      <PlayerBar />
    </div>
  );
}

/** The layout of every page but login/registration; one instance across navigation. */
function RequireAuth() {
  const auth = useAuth();
  const loc = useLocation();
  if (!auth.tokens) return <Navigate to="/login" replace state={{ from: loc.pathname + loc.search }} />;
  return <Shell />;
}

/** Focus the main region after navigation, so keyboard and screen reader users land on the new view. */
function FocusOnNavigate() {
  const loc = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (loc.pathname === '/find') return; // keep typing in the search box
    document.getElementById('main')?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [loc.pathname]);
  return null;
}

export function AppRoutes() {
  const auth = useAuth();
  return (
    <>
      <FocusOnNavigate />
      <Routes>
        <Route path="/login" element={auth.tokens ? <Navigate to="/" replace /> : <LoginPage />} />
        <Route path="/register" element={auth.tokens ? <Navigate to="/" replace /> : <RegisterPage />} />
        <Route element={<RequireAuth />}>
        <Route path="/" element={<HomePage />} />
        <Route path="/artist" element={<ArtistsPage />} />
        <Route path="/artist/:id" element={<ArtistPage />} />
        <Route path="/album/:id" element={<AlbumPage />} />
        <Route path="/tracks" element={<SongsPage />} />
        <Route path="/find" element={<SearchPage />} />
        <Route path="/liked" element={<LikedPage />} />
        <Route path="/history" element={<HistoryPage />} />
        <Route path="/playlist" element={<PlaylistsPage />} />
        <Route path="/playlist/:id" element={<PlaylistPage />} />
        <Route
          path="/admin"
          element={
            <Suspense fallback={<p className="muted">Loading…</p>}>
              <AdminPage />
            </Suspense>
          }
        />
        <Route path="*" element={<p className="empty">This page does not exist.</p>} />
        </Route>
      </Routes>
    </>
  );
}

export function App() {
  return (
    <BrowserRouter>
      <AuthProvider>
        <ToastProvider>
          <PlayerProvider>
            <AppRoutes />
          </PlayerProvider>
        </ToastProvider>
      </AuthProvider>
    </BrowserRouter>
  );
}
