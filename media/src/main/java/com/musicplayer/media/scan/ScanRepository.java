package com.musicplayer.media.scan;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScanRepository extends JpaRepository<Scan, Long> {

    Optional<Scan> findFirstByOrderByIdDesc();
}
