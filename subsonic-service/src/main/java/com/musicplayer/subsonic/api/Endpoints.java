package com.musicplayer.subsonic.api;

/** A feature's Subsonic methods, registered by name (without {@code .view}). */
public interface Endpoints {

    interface Registry {
        /** A method for signed-in users. */
        void add(String name, Endpoint endpoint);

        /** A method anyone may call (OpenSubsonic's getOpenSubsonicExtensions). */
        void addPublic(String name, Endpoint endpoint);
    }

    void register(Registry registry);
}
