package org.newsroom.facts.webhook;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.newsroom.facts.shared.BadUserInputException;
import org.newsroom.facts.shared.CurrentUser;
import org.newsroom.facts.shared.Ids;
import org.newsroom.facts.shared.InputValidator;
import org.newsroom.facts.shared.NotFoundException;
import org.newsroom.facts.shared.Times;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Webhooks, managed by chiefs: creation with a secret shown once, deletion, the list and its delivery attempts. */
@ApplicationScoped
public class WebhookService {

    @Inject
    WebhookRepository repository;

    @Inject
    WebhookTargets targets;

    @Inject
    InputValidator validator;

    @Inject
    CurrentUser user;

    @Transactional
    public WebhookCreated create(WebhookInput input) {
        String by = user.requireChief();
        validator.check("input", input);
        String refusal = targets.refusal(input.url);
        if (refusal != null) {
            throw new BadUserInputException(refusal, "input.url");
        }
        String secret = WebhookSigner.newSecret();
        return new WebhookCreated(repository.insert(input.url.trim(), input.events.stream().distinct().toList(), secret, by, Times.now()),
                secret);
    }

    @Transactional
    public boolean delete(String id) {
        user.requireChief();
        Long key = Ids.parse(id);
        if (key == null || !repository.delete(key, Times.now())) {
            throw new NotFoundException("no webhook has the id " + id, "id");
        }
        return true;
    }

    /** The active webhooks of the given ids, for chiefs (none for others). */
    public Map<Long, Webhook> visibleByIds(Collection<Long> ids) {
        if (ids.isEmpty() || !user.isChief()) {
            return Map.of();
        }
        Map<Long, Webhook> out = new java.util.LinkedHashMap<>();
        repository.findActive().stream().filter(w -> ids.contains(Long.valueOf(w.id()))).forEach(w -> out.put(Long.valueOf(w.id()), w));
        return out;
    }

    public List<Webhook> list() {
        user.requireChief();
        return repository.findActive();
    }

    /** The latest attempts of each webhook, newest first; one statement. */
    public Map<Long, List<WebhookDelivery>> deliveriesOf(Collection<Long> webhookIds, int first) {
        user.requireChief();
        if (first < 0 || first > 100) {
            throw new BadUserInputException("must be between 0 and 100", "first");
        }
        return repository.findLatestAttempts(webhookIds, first);
    }
}
