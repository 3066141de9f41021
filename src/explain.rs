//! `bayan explain`: the long explanation of a message's code, from the catalogue.

use std::process::ExitCode;

use bayan::said;
use bayan::{Said, is_problem_code, message_ids as ids};

use crate::console::{errln, outln};
use crate::report::{say, speech};

/// Prints the explanation of a message's code, or the list of codes.
pub(crate) fn explain(code: Option<&str>) -> ExitCode {
    let speech = speech();
    let Some(code) = code else {
        outln!("{}", say(said!("explain-list")));
        for id in ids(speech).into_iter().filter(|id| is_problem_code(id)) {
            let title = Said::new(id).attribute(speech, "title").unwrap_or_default();
            outln!("  {id}  {title}");
        }
        return ExitCode::SUCCESS;
    };
    let code = code.trim().to_ascii_uppercase();
    let known = ids(speech)
        .into_iter()
        .find(|id| is_problem_code(id) && *id == code);
    let Some(id) = known else {
        let unknown = said!("explain-unknown", code = code);
        errln!("{}: {}", say(said!("label-error")), say(unknown.clone()));
        errln!("  {}: {}", say(said!("label-hint")), say(unknown.hint()));
        return ExitCode::from(2);
    };
    let said = Said::new(id);
    let title = said.attribute(speech, "title").unwrap_or_default();
    let text = said.attribute(speech, "explain").unwrap_or_default();
    outln!("{id}: {title}\n\n{text}");
    ExitCode::SUCCESS
}
