package dev.simplexbot.sim;

import java.util.List;

/** A link a simulated person made for the bot to connect to (the bot's {@code APIConnect}/{@code Connect}). */
sealed interface PersonLink {
    Entities.Link link();

    SimPerson owner();

    /** The person's business address: connecting makes a business chat (a group) with the person's "business". */
    record BusinessAddress(Entities.Link link, SimPerson owner) implements PersonLink {}

    /** A group of people with a link: connecting joins the bot to the group. */
    record GroupLink(Entities.Link link, SimPerson owner, String groupName, List<SimPerson> members) implements PersonLink {}
}
