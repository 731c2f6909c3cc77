package dev.simplexbot.sim;

/**
 * A message the bot sent to a simulated person, as that person sees it.
 *
 * @param itemId the bot's chat item id (use it to react, quote or compare with {@code quotedItemId})
 * @param text the message text
 * @param contentType the MsgContent type: {@code text}, {@code file}, {@code image}, ...
 * @param quotedItemId the item this message replies to, or {@code null}
 * @param quotedText the text of that item, or {@code null}
 * @param file the attached file, or {@code null}
 * @param group the group it was sent to, or {@code null} for a direct message
 * @param edited whether the bot edited it since
 * @param deleted whether the bot deleted it since
 */
public record SimMessage(long itemId, String text, String contentType, Long quotedItemId, String quotedText,
                         SimFile file, String group, boolean edited, boolean deleted) {

    SimMessage withText(String newText) {
        return new SimMessage(itemId, newText, contentType, quotedItemId, quotedText, file, group, true, deleted);
    }

    SimMessage asDeleted() {
        return new SimMessage(itemId, text, contentType, quotedItemId, quotedText, file, group, edited, true);
    }
}
