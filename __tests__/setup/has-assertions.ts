import { beforeEach, expect } from '@jest/globals';

// A test that asserts nothing passes whatever the code does; every test must check something a user would see.
beforeEach(() => {
  expect.hasAssertions();
});
