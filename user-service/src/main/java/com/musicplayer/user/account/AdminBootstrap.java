package com.musicplayer.user.account;

import com.musicplayer.platform.config.DataDirectoryProperties;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final UserRepository users;
    private final UserService service;
    private final AdminProperties admin;
    private final Path dataDir;

    AdminBootstrap(UserRepository users, UserService service, AdminProperties admin, DataDirectoryProperties storage) {
        this.users = users;
        this.service = service;
        this.admin = admin;
        this.dataDir = storage.dataDir();
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (users.existsByRole(Role.ADMIN)) {
            return;
        }
        String email = UserService.normalizeEmail(admin.email());
        if (users.existsByEmail(email)) {
            log.warn("No admin exists and {} belongs to an ordinary user; not creating the bootstrap admin", email);
            return;
        }
        boolean generated = admin.password() == null || admin.password().isBlank();
        String password = generated ? randomPassword() : admin.password();
        try {
            service.register(new UserRequests.Register(admin.username(), email, password, "Admin", null), Role.ADMIN);
        } catch (DataIntegrityViolationException | com.musicplayer.platform.web.ConflictException ex) {
            log.info("Bootstrap admin was created concurrently by another instance");
            return;
        }
        if (generated) {
            Path file = writeSecret(dataDir.resolve("admin-password.txt"), password);
            log.warn("Created admin {} with a generated password, kept in {}", email, file.toAbsolutePath());
        } else {
            log.info("Created admin {} from MUSICPLAYER_ADMIN_EMAIL / MUSICPLAYER_ADMIN_PASSWORD", email);
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder(24);
        for (int i = 0; i < 24; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    private static Path writeSecret(Path file, String secret) throws IOException {
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException ex) {
            Files.createFile(file);
        }
        Files.writeString(file, secret + System.lineSeparator(), StandardCharsets.UTF_8);
        return file;
    }
}
