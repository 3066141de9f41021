use super::*;
use crate::messages::Speech;

/// Every reason `Period::parse` gives is said from the catalogue, in English as it gives it.
#[test]
fn every_reason_a_period_is_refused_is_said_in_both_languages() {
    let cases = [
        ("1850", "G005-year"),
        ("20233", "G005-year"),
        ("soon", "G005-not"),
        ("2024 Qx", "G005-part"),
        ("2016 Q5", "G005-range"),
        ("2016-13", "G005-month"),
        ("2016-2014", "G005-backwards"),
    ];
    for (written, reason) in cases {
        let why = Period::parse(written).expect_err(written);
        let said = unreadable_period(written, why);
        assert_eq!(said.say(Speech::English), format!("`{written}` {why}"));
        let crate::messages::Arg::Said(given) = &said.args[1].1 else {
            panic!("{said:?}");
        };
        assert_eq!(given.id, reason, "{written}");
        let arabic = said.say(Speech::Arabic);
        assert!(arabic.starts_with(&format!("`{written}` ")), "{arabic}");
        assert!(!arabic.contains(why), "{arabic}");
    }
}
