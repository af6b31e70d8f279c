package com.musicplayer.mediaservice.library;

import com.musicplayer.media.scan.ScanStatus;
import com.musicplayer.media.scan.Scanner;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/library/scans")
@Tag(name = "library")
class ScanController {

    private final Scanner scanner;

    ScanController(Scanner scanner) {
        this.scanner = scanner;
    }

    @PostMapping
    @Operation(summary = "Start a scan of the music folders (admin); 409 while one runs")
    ResponseEntity<ScanStatus> start() {
        ScanStatus started = scanner.start();
        var location = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/current")
                .build()
                .toUri();
        return ResponseEntity.accepted().location(location).body(started);
    }

    @GetMapping("/current")
    @Operation(summary = "The running scan's progress, or the last scan's result ('idle' before the first)")
    ScanStatus current() {
        return scanner.current();
    }
}
