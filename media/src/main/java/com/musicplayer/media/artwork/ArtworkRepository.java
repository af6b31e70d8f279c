package com.musicplayer.media.artwork;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ArtworkRepository extends JpaRepository<Artwork, Long> {

    Optional<Artwork> findBySha256(String sha256);
}
