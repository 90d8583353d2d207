#[attr]
