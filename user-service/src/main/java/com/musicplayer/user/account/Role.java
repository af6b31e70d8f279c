package com.musicplayer.user.account;

/** What a user may do: {@code USER} listens, {@code ADMIN} also manages the catalog and users. */
public enum Role {
    USER,
    ADMIN
}
