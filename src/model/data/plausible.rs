//! Which figures bayan publishes: finite, and at most a million billion (10^15) in size. No
//! budget or count of development work comes near it (the world's yearly output is about 10^14
//! US dollars), a figure beyond it is a mistake in the file (a date or an identifier typed as a
//! value), and below it every sum stays finite and exact to the unit.

/// The largest figure, in absolute value.
pub(crate) const LARGEST: f64 = 1e15;

/// Whether `value` is a figure bayan publishes.
pub(crate) fn plausible(value: f64) -> bool {
    value.is_finite() && value.abs() < LARGEST
}

/// The hint for a figure that is not plausible, from the catalogue.
pub(crate) fn hint() -> crate::messages::Said {
    crate::said!("plausible-hint")
}
