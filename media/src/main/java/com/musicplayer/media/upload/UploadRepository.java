package com.musicplayer.media.upload;

import org.springframework.data.jpa.repository.JpaRepository;

interface UploadRepository extends JpaRepository<Upload, Long> {}
