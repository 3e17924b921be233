namespace Briefings.Core.Synthetic;

/// <summary>The invented world of a synthetic dossier: states, places, people and the phrases its sources use.</summary>
internal static class SyntheticVocabulary
{
    public static readonly string[] Parties = ["Northland", "Southland", "Eastmark", "Westmoor", "Highcliff", "Lowmere", "Redhaven", "Greystone"];

    public static readonly string[] Places =
    [
        "Port Amber", "Cape Lumen", "Mill Ford", "Ferry Point", "Long Island", "Stone Bridge", "Grey Harbour", "North Cape",
        "Salt Marsh", "Red Cliffs", "Otter Bay", "Iron Gate", "Willow Ford", "Crane Island", "Hollow Pass", "Silver Sound",
        "Kestrel Point", "Marble Coast", "Ash Valley", "Falcon Reach", "Cedar Strait", "Amber Shoal", "Lantern Rock", "Bell Harbour",
    ];

    public static readonly string[] GivenNames =
        ["Anna", "Tomas", "Ilse", "Marek", "Sofia", "Jonas", "Clara", "Pavel", "Helena", "Viktor", "Irene", "Oskar", "Lena", "Aron", "Mira", "Emil"];

    public static readonly string[] FamilyNames = ["Berg", "Vale", "Holm", "Strand", "Novak", "Lind", "Falk", "Dahl", "Brandt", "Moro", "Keller", "Sauer"];

    public static readonly string[] Offices = ["Foreign Minister", "Prime Minister", "Envoy", "President", "Ambassador", "Minister of Fisheries"];

    /// <summary>What two states do together: present tense for titles, past tense for the sources, and the object.</summary>
    public static readonly (string Present, string Past, string Object)[] JointActions =
    [
        ("sign", "signed", "a fisheries protocol"),
        ("open", "opened", "talks on the river boundary"),
        ("suspend", "suspended", "the joint border commission"),
        ("resume", "resumed", "ferry services across the strait"),
        ("exchange", "exchanged", "notes on navigation rights"),
        ("hold", "held", "a summit on the disputed islands"),
        ("agree", "agreed", "on a joint survey of the channel"),
        ("renew", "renewed", "the visa-free exchange programme"),
        ("set up", "set up", "a working group on grave visits"),
        ("conclude", "concluded", "an accord on joint economic activity"),
    ];

    /// <summary>What one state does alone.</summary>
    public static readonly (string Present, string Past, string Object)[] SingleActions =
    [
        ("deploys", "deployed", "coast guard patrols"),
        ("protests", "protested against", "new construction on the islands"),
        ("publishes", "published", "a white paper on the dispute"),
        ("restricts", "restricted", "fishing licences"),
        ("reinforces", "reinforced", "its garrison"),
        ("proposes", "proposed", "a joint development zone"),
    ];

    public static readonly string[] Circumstances =
    [
        ", after three weeks of talks",
        ", despite protests from {0}",
        ", in the presence of observers from {0}",
        " without prior notice",
        ", ending a long freeze in relations",
        ", according to officials on both sides",
    ];

    public static readonly string[] Judgements =
        ["a necessary compromise", "premature", "a breakthrough", "an unfriendly act", "long overdue", "a matter of routine", "a step backwards"];

    public static readonly string[] Background =
    [
        "The weather that season was unusually severe.",
        "Local fishermen followed the negotiations closely.",
        "The press on both sides gave the matter wide coverage.",
        "Historians still disagree about the meaning of the episode.",
        "Few records of the meetings survive.",
    ];

    public static readonly (string Kind, string Title)[] AgreementKinds =
        [("treaty", "Treaty"), ("protocol", "Protocol"), ("agreement", "Agreement"), ("declaration", "Declaration"), ("memorandum", "Memorandum")];

    public static readonly string[] AgreementSubjects = ["Fisheries", "Boundary", "Navigation", "Friendship", "Border Trade", "Maritime"];

    public static readonly (string Title, string Claim)[] Topics =
    [
        ("Sovereignty over the islands", "the islands have always been its territory"),
        ("The river boundary", "the boundary follows the channel as surveyed in the first treaty"),
        ("Navigation rights", "vessels of both states may navigate the strait freely"),
        ("Fishing rights", "fishing quotas must be agreed every year"),
        ("Visits by former residents", "former residents may visit family graves without visas"),
        ("Joint economic activity", "joint projects must not prejudice either side's legal position"),
    ];

    public static string Slug(string name) => name.ToLowerInvariant().Replace(' ', '-');
}
