package com.musicplayer.user.account;

import com.musicplayer.platform.db.SqlLists;
import com.musicplayer.platform.db.Where;
import com.musicplayer.platform.security.Caller;
import com.musicplayer.platform.web.PageParams;
import com.musicplayer.platform.web.PagedResponse;
import com.musicplayer.platform.web.SortFields;
import com.musicplayer.platform.web.Throttle;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/users")
@Tag(name = "users")
class UserController {

    private static final SortFields SORT =
            SortFields.of("u.id", "username", "u.username", "created_at", "u.created_at");

    private final UserService service;
    private final SqlLists lists;
    private final Throttle registrations;

    UserController(UserService service, SqlLists lists, UserProperties properties) {
        this.service = service;
        this.lists = lists;
        this.registrations = new Throttle(properties.registrationsPerIpPerHour(), Duration.ofHours(1));
    }

    @PostMapping
    @Operation(summary = "Register a new user (public)")
    ResponseEntity<UserResponse> register(@Valid @RequestBody UserRequests.Register request, HttpServletRequest http) {
        registrations.acquire(http.getRemoteAddr());
        User user = service.register(request, Role.USER);
        var location =
                ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(user.getId());
        return ResponseEntity.created(location).body(UserResponse.from(user, true));
    }

    @GetMapping
    @Operation(summary = "List users; q searches username and names")
    ResponseEntity<List<UserResponse>> list(
            @Valid @ParameterObject PageParams page,
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) Role role,
            Caller caller) {
        Where where = Where.all()
                .contains(q, "u.username", "u.first_name", "u.last_name")
                .equal("u.role", role == null ? null : role.name());
        var users = lists.page(
                UserResponse.FROM,
                UserResponse.COLUMNS,
                where,
                SORT.query(page),
                UserResponse.rows(),
                UserResponse::id);
        return PagedResponse.of(users.map(user -> caller.isSelfOrAdmin(user.id()) ? user : user.withoutEmail()));
    }

    @GetMapping("/me")
    @Operation(summary = "The caller's own profile")
    UserResponse me(Caller caller) {
        return UserResponse.from(service.get(caller.userId()), true);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One user; email only for the user themself or an admin")
    UserResponse get(@PathVariable long id, Caller caller) {
        return UserResponse.from(service.get(id), caller.isSelfOrAdmin(id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Partial update by the user themself or an admin; only an admin changes roles")
    UserResponse update(@PathVariable long id, @Valid @RequestBody UserRequests.Update request, Caller caller) {
        if (!caller.isSelfOrAdmin(id) || (request.role() != null && !caller.isAdmin())) {
            throw new AccessDeniedException("not allowed");
        }
        return UserResponse.from(service.update(id, request), true);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a user and their likes (admin)")
    ResponseEntity<Void> delete(@PathVariable long id) {
        service.delete(id);
        return ResponseEntity.noContent().build();
    }
}
